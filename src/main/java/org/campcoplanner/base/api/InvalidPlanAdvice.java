package org.campcoplanner.base.api;

import org.campcoplanner.base.Texts;
import org.campcoplanner.planning.format.InvalidPlanException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;

/**
 * Every API call refusing a plan answers alike: 400 with the list of {path, message} problems, each
 * message in the caller's language as their {@code Accept-Language} asks (English otherwise).
 */
@RestControllerAdvice
class InvalidPlanAdvice {

    private final Texts texts;

    InvalidPlanAdvice(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(InvalidPlanException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    List<SaidPlanProblem> invalidPlan(InvalidPlanException e, Locale locale) {
        return SaidPlanProblem.said(e.problems(), texts, locale);
    }
}
