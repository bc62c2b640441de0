package org.campcoplanner.camp.api;

import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.PlanWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan download behind the camp page's export link: signed in by the web session, unlike
 * the HTTP Basic API, with the same access rules in the service.
 */
@RestController
class PlanDownloadController {

    private final CampPlanService campPlans;
    private final PlanWriter writer = new PlanWriter();

    PlanDownloadController(CampPlanService campPlans) {
        this.campPlans = campPlans;
    }

    @GetMapping("/export/camps/{campId}/plan.json")
    ResponseEntity<String> download(@PathVariable long campId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("camp-" + campId + ".json").build().toString())
                .body(writer.write(campPlans.exportPlan(campId)));
    }
}
