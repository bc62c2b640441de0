package org.campcoplanner.camp.api;

import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.planning.format.PlanWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;

/** Camp plans over HTTP in the interchange format: import as a new camp, export a stored camp. */
@RestController
@RequestMapping("/api/camps")
class CampPlanController {

    private final CampPlanService campPlans;
    private final PlanWriter writer = new PlanWriter();

    CampPlanController(CampPlanService campPlans) {
        this.campPlans = campPlans;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<CampSummary> list() {
        return campPlans.listCamps();
    }

    /** The body is read as text so that malformed JSON is reported like any other problem of the plan. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Long>> importPlan(@RequestBody String planJson, UriComponentsBuilder uri) {
        long campId = campPlans.importPlan(planJson);
        return ResponseEntity.created(uri.path("/api/camps/{id}").buildAndExpand(campId).toUri())
                .body(Map.of("id", campId));
    }

    @GetMapping(path = "/{campId}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
    String exportPlan(@PathVariable long campId) {
        return writer.write(campPlans.exportPlan(campId));
    }
}
