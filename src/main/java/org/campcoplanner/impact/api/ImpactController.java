package org.campcoplanner.impact.api;

import org.campcoplanner.impact.ImpactFigures;
import org.campcoplanner.impact.CampPeriod;
import org.campcoplanner.impact.ImpactService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * {@code GET /api/camps/{id}/impact?from=&to=}: the impact page's figures as JSON, for the camp's
 * planners and admins. Without dates, the days of the camp's published sessions.
 */
@RestController
class ImpactController {

    private final ImpactService impact;

    ImpactController(ImpactService impact) {
        this.impact = impact;
    }

    @GetMapping("/api/camps/{campId}/impact")
    ImpactFigures figures(@PathVariable long campId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CampPeriod days = impact.periodOr(campId, from, to);
        return impact.figures(campId, days.first(), days.last());
    }
}
