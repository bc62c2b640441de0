package org.campcoplanner.demo;

import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Gives a new user something to look at: realistic demo camps, loaded once into an empty database. */
@Component
@Order(0)
@ConditionalOnProperty(name = "camp.demo.enabled", havingValue = "true")
class DemoCampLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampLoader.class);

    private final CampPlanService campPlans;

    DemoCampLoader(CampPlanService campPlans) {
        this.campPlans = campPlans;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (campPlans.hasCamps()) {
            return;
        }
        SystemActor.run(() -> {
            load(DemoCamp.plan());
            load(DemoCamp.secondPlan());
        });
    }

    private void load(CampPlan demo) {
        long campId = campPlans.importPlan(demo);
        log.info("Loaded the demo camp '{}' (id {}): {} sites, {} sessions, {} people", demo.camp().name(), campId,
                demo.sites().size(), demo.sessions().size(), demo.people().size());
    }
}
