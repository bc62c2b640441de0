package org.campcoplanner.demo;

import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.security.SystemActor;
import org.campcoplanner.signoff.SignOffRefusedException;
import org.campcoplanner.signoff.SignOffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Gives the demo volunteer shifts to look at: on first start the demo leader solves the demo
 * camp and signs it, and the demo staff member approves it, as they would by hand.
 */
@Component
@Order(3)
@Profile("!postgres")
@ConditionalOnProperty(name = "camp.demo.enabled", havingValue = "true")
class DemoRosterPublisher implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRosterPublisher.class);
    /** Steps, not seconds: every new demo gets the same roster, on a fast machine or a slow one. */
    private static final int DEMO_SOLVE_STEPS = 3000;

    private final CampPlanService campPlans;
    private final DraftRosterService drafts;
    private final SignOffService signOff;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;

    DemoRosterPublisher(CampPlanService campPlans, DraftRosterService drafts, SignOffService signOff,
                        UserDetailsService accounts, JdbcTemplate jdbc) {
        this.campPlans = campPlans;
        this.drafts = drafts;
        this.signOff = signOff;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long campId = jdbc.query("select id from camp where name = ?", rs -> rs.next() ? rs.getLong(1) : null,
                DemoCamp.NAME);
        Integer revisions = campId == null ? null
                : jdbc.queryForObject("select count(*) from roster_revision where camp_id = ?", Integer.class, campId);
        if (campId == null || revisions > 0 || !accountExists("leader") || !accountExists("staff")) {
            return;
        }
        try {
            UserDetails leader = accounts.loadUserByUsername("leader");
            SystemActor.runAs(leader, () -> {
                CampPlan draft = campPlans.exportPlan(campId);
                CampPlan solved = new PlanSolver(RosterSolverConfig.reproducible(DEMO_SOLVE_STEPS)).solve(draft, roster -> { });
                drafts.saveSolved(campId, drafts.snapshot(campId), solved.assignments(),
                        "nothing published yet");
                signOff.propose(campId, true);
            });
            SystemActor.runAs(accounts.loadUserByUsername("staff"), () -> signOff.approve(campId, 1, true));
            log.info("Published a solved roster of the demo camp (revision 1), signed by the demo leader and staff");
        } catch (SignOffRefusedException e) {
            log.warn("The demo roster was left as a draft: {}", e.getMessage());
        }
    }

    private boolean accountExists(String username) {
        return jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class, username) > 0;
    }
}
