package org.campcoplanner.camp.api;

import org.campcoplanner.camp.CampNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/**
 * Any camp call naming a camp that does not exist answers 404 with a message, whichever feature's
 * controller serves it (e.g. solving a stored camp).
 */
@RestControllerAdvice
class CampNotFoundAdvice {

    @ExceptionHandler(CampNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, String> campNotFound(CampNotFoundException e) {
        return Map.of("message", e.getMessage());
    }
}
