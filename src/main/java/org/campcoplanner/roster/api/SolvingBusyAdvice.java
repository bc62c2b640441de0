package org.campcoplanner.roster.api;

import org.campcoplanner.base.Texts;
import org.campcoplanner.base.api.SaidPlanProblem;
import org.campcoplanner.planning.format.PlanProblem;
import org.campcoplanner.planning.solver.SolveStoppedException;
import org.campcoplanner.roster.SolvingBusyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A solve that cannot run now answers alike on every solve call, in the call's language: 429 when
 * the caller has their share of the solve slots already, 503 when the server solves as many rosters
 * as it can, each with a message and when to try again; 400 naming {@code seconds} when the plan
 * needs more of them.
 */
@RestControllerAdvice
class SolvingBusyAdvice {

    static final String RETRY_AFTER_SECONDS = "30";

    private final Texts texts;

    SolvingBusyAdvice(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(SolvingBusyException.class)
    ResponseEntity<Map<String, String>> busy(SolvingBusyException e, Locale locale) {
        return ResponseEntity.status(e.callersShare() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Map.of("message", texts.say(e.text(), locale)));
    }

    @ExceptionHandler(SolveStoppedException.class)
    ResponseEntity<List<SaidPlanProblem>> needsMoreTime(SolveStoppedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(SaidPlanProblem.said(List.of(new PlanProblem("seconds", e.text())), texts, locale));
    }
}
