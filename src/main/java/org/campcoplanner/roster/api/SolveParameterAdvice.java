package org.campcoplanner.roster.api;

import org.campcoplanner.base.Texts;
import org.campcoplanner.base.api.SaidPlanProblem;
import org.campcoplanner.planning.format.PlanProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Locale;

/** A solve call's query parameter that is not even of its type ({@code seconds=soon}) is named like any other problem. */
@RestControllerAdvice(basePackageClasses = SolveParameterAdvice.class)
class SolveParameterAdvice {

    private final Texts texts;

    SolveParameterAdvice(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    List<SaidPlanProblem> notOfItsType(MethodArgumentTypeMismatchException e, Locale locale) {
        Class<?> type = e.getRequiredType();
        String expected = type == boolean.class || type == Boolean.class ? "format.parameter.boolean"
                : "format.parameter.integer";
        return SaidPlanProblem.said(List.of(PlanProblem.of(e.getName(), expected)), texts, locale);
    }
}
