package org.campcoplanner.camp.api;

import org.campcoplanner.base.Texts;
import org.campcoplanner.camp.CampNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;
import java.util.Map;

/**
 * Any camp call naming a camp that does not exist answers 404 with a message in the call's language,
 * whichever feature's controller serves it (e.g. solving a stored camp).
 */
@RestControllerAdvice
class CampNotFoundAdvice {

    private final Texts texts;

    CampNotFoundAdvice(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(CampNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, String> campNotFound(CampNotFoundException e, Locale locale) {
        return Map.of("message", texts.say(e.text(), locale));
    }
}
