package org.campcoplanner.base.api;

import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An API call with a refused field answers 400 with a message and each {field, message}, in the
 * language of the call's Accept-Language (English without one); nothing was saved.
 */
@RestControllerAdvice
class InvalidFormAdvice {

    private final Texts texts;

    InvalidFormAdvice(Texts texts) {
        this.texts = texts;
    }

    /** One refused field as the API names it. */
    record Problem(String field, String message) {
    }

    @ExceptionHandler(InvalidFormException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalidForm(InvalidFormException e, Locale locale) {
        List<Problem> problems = e.problems().stream()
                .map(problem -> new Problem(problem.field(), texts.say(problem.reason(), locale))).toList();
        return Map.of("message", texts.say(e.text(), locale), "problems", problems);
    }

    /** 400, or 413 when the body was cut off at the size limit ({@link RequestBodyLimit}). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.TooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(Map.of("message", texts.say(tooLarge.text(), locale), "problems", List.of()));
            }
        }
        return ResponseEntity.badRequest()
                .body(Map.of("message", texts.say(locale, "base.api.unreadable"), "problems", List.of()));
    }
}
