package org.campcoplanner.roster.api;

import org.campcoplanner.planning.format.PlanProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;

/** A solve call's query parameter that is not even of its type ({@code seconds=soon}) is named like any other problem. */
@RestControllerAdvice(basePackageClasses = SolveParameterAdvice.class)
class SolveParameterAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    List<PlanProblem> notOfItsType(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == boolean.class || type == Boolean.class ? "true or false" : "a whole number";
        return List.of(new PlanProblem(e.getName(), "must be " + expected));
    }
}
