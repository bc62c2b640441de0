package org.campcoplanner.base.api;

import org.campcoplanner.base.InvalidFormException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** An API call with a refused field answers 400 with a message and each {field, message}; nothing was saved. */
@RestControllerAdvice
class InvalidFormAdvice {

    @ExceptionHandler(InvalidFormException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalidForm(InvalidFormException e) {
        return Map.of("message", e.getMessage(), "problems", e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> unreadable(HttpMessageNotReadableException e) {
        return Map.of("message", "The request body is not the JSON this call expects", "problems", List.of());
    }
}
