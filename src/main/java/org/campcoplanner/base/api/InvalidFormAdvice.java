package org.campcoplanner.base.api;

import org.campcoplanner.base.InvalidFormException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    /** 400, or 413 when the body was cut off at the size limit ({@link RequestBodyLimit}). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.TooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(Map.of("message", tooLarge.getMessage(), "problems", List.of()));
            }
        }
        return ResponseEntity.badRequest()
                .body(Map.of("message", "The request body is not the JSON this call expects", "problems", List.of()));
    }
}
