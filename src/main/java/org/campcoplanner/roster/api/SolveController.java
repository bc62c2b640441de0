package org.campcoplanner.roster.api;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.SolveLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /api/solve?seconds=N}: solves a plan file without storing anything, and answers
 * with the same format, an assignment for every seat and the score. Same as the solve command.
 */
@RestController
class SolveController {

    private final PlanReader reader = new PlanReader();
    private final PlanWriter writer = new PlanWriter();

    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'LEADER')")
    @PostMapping(path = "/api/solve", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    String solve(@RequestBody String planJson, @RequestParam(defaultValue = "30") int seconds) {
        SolveLimits limits = SolveSeconds.limits(seconds);
        CampPlan plan = reader.read(planJson);
        return writer.write(new PlanSolver(limits).solve(plan, roster -> { }));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> badRequest(IllegalArgumentException e) {
        return Map.of("message", e.getMessage());
    }
}
