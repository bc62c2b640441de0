package org.campcoplanner.base.api;

import org.campcoplanner.planning.format.InvalidPlanException;
import org.campcoplanner.planning.format.PlanProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Every API call refusing a plan answers alike: 400 with the list of {path, message} problems. */
@RestControllerAdvice
class InvalidPlanAdvice {

    @ExceptionHandler(InvalidPlanException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    List<PlanProblem> invalidPlan(InvalidPlanException e) {
        return e.problems();
    }
}
