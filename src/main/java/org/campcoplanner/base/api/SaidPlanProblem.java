package org.campcoplanner.base.api;

import org.campcoplanner.base.Texts;
import org.campcoplanner.planning.format.PlanProblem;

import java.util.List;
import java.util.Locale;

/**
 * A plan problem as the API answers it, {@code {"path": "$.sessions[3].end", "message": "must be after ..."}}:
 * its reason said in the caller's language (their {@code Accept-Language}, English by default).
 */
public record SaidPlanProblem(String path, String message) {

    public static List<SaidPlanProblem> said(List<PlanProblem> problems, Texts texts, Locale locale) {
        return problems.stream().map(problem -> new SaidPlanProblem(problem.path(), texts.say(problem.reason(), locale)))
                .toList();
    }
}
