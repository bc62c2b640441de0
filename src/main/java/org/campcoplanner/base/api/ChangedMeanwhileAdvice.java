package org.campcoplanner.base.api;

import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;
import java.util.Map;

/**
 * An API call that lost a race with another save answers 409 with the changed-meanwhile sentence in
 * the call's language, whichever feature's call it was: nothing of it was saved, and the client
 * should read again.
 */
@RestControllerAdvice
class ChangedMeanwhileAdvice {

    private final Texts texts;

    ChangedMeanwhileAdvice(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ChangedMeanwhileException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, String> changedMeanwhile(ChangedMeanwhileException e, Locale locale) {
        return Map.of("message", texts.say(e.text(), locale));
    }
}
