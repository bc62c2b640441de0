package org.campcoplanner.roster.api;

import org.campcoplanner.base.Texts;
import org.campcoplanner.planning.format.PlanProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Locale;

/**
 * A solve call's query parameter that is not even of its type ({@code seconds=soon}), or seconds out
 * of range, is named like any other problem, in the call's language.
 */
@RestControllerAdvice(basePackageClasses = SolveParameterAdvice.class)
class SolveParameterAdvice {

    private final Texts texts;

    SolveParameterAdvice(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    List<PlanProblem> notOfItsType(MethodArgumentTypeMismatchException e, Locale locale) {
        Class<?> type = e.getRequiredType();
        String key = type == boolean.class || type == Boolean.class
                ? "roster.api.parameter.true-or-false" : "roster.api.parameter.whole-number";
        return List.of(new PlanProblem(e.getName(), texts.say(locale, key)));
    }

    @ExceptionHandler(SolveSeconds.OutOfRangeException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    List<PlanProblem> secondsOutOfRange(SolveSeconds.OutOfRangeException e, Locale locale) {
        return List.of(new PlanProblem("seconds",
                texts.say(locale, "roster.api.parameter.seconds-range", SolveSeconds.MAX, e.seconds())));
    }
}
