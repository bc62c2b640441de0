package org.campcoplanner.demo;

import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.Role;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.people.PeopleFilter;
import org.campcoplanner.people.PeopleService;
import org.campcoplanner.people.PersonSummary;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.security.SystemActor;
import org.campcoplanner.signoff.SignOffRefusedException;
import org.campcoplanner.signoff.SignOffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * Gives a new user something to look at, through the same services people use: it loads the demo
 * camps into an empty database, creates one login per kind of user, and has the demo leader solve
 * and sign the first camp and the demo staff member approve it, so the demo volunteer has shifts.
 * Each step is skipped when its result is already there, so a restart changes nothing.
 * <p>
 * Logins with a known password and the published roster are only made on the embedded H2
 * database, never with the PostgreSQL profile nor on any other database, whatever CAMP_DEMO says.
 * It runs before every other start-up runner, so the first-admin runner finds the demo accounts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "camp.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    static final String DEFAULT_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    /** Steps, not seconds: every new demo gets the same roster, on a fast machine or a slow one. */
    private static final int DEMO_SOLVE_STEPS = 3000;

    private final CampPlanService campPlans;
    private final AccountService accounts;
    private final PeopleService people;
    private final DraftRosterService drafts;
    private final SignOffService signOff;
    private final UserDetailsService logins;
    private final String password;
    private final boolean embedded;

    DemoSeeder(CampPlanService campPlans, AccountService accounts, PeopleService people, DraftRosterService drafts,
               SignOffService signOff, UserDetailsService logins, Environment environment,
               @Value("${camp.demo.password:" + DEFAULT_PASSWORD + "}") String password,
               @Value("${spring.datasource.url:}") String databaseUrl) {
        this.campPlans = campPlans;
        this.accounts = accounts;
        this.people = people;
        this.drafts = drafts;
        this.signOff = signOff;
        this.logins = logins;
        this.password = password;
        this.embedded = databaseUrl.startsWith("jdbc:h2:") && !environment.acceptsProfiles(Profiles.of("postgres"));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!campPlans.hasCamps()) {
            SystemActor.run(() -> {
                load(DemoCamp.plan());
                load(DemoCamp.secondPlan());
            });
        }
        if (!embedded) {
            // known passwords belong to a throw-away database only, never to one people rely on
            log.warn("Demo logins are only created on the embedded H2 database; this one gets none");
            return;
        }
        if (!accounts.hasAccounts()) {
            SystemActor.run(this::createAccounts);
        }
        if (accounts.exists("leader2")) {
            log.info("Demo logins: admin, staff, leader and volunteer ({}), leader2 ({}); password: {}",
                    DemoCamp.NAME, DemoCamp.SECOND_NAME,
                    DEFAULT_PASSWORD.equals(password) ? DEFAULT_PASSWORD : "the one in DEMO_PASSWORD");
        }
        publishFirstRoster();
    }

    private void load(CampPlan demo) {
        long campId = campPlans.importPlan(demo);
        log.info("Loaded the demo camp '{}' (id {}): {} sites, {} sessions, {} people", demo.camp().name(), campId,
                demo.sites().size(), demo.sessions().size(), demo.people().size());
    }

    private void createAccounts() {
        Optional<Long> demo = campId(DemoCamp.NAME);
        Optional<Long> second = campId(DemoCamp.SECOND_NAME);
        if (demo.isEmpty() || second.isEmpty()) {
            log.warn("The demo camps are missing, so no demo logins were created");
            return;
        }
        accounts.createDemoAccount("admin", "Camp coordinator", Role.ADMIN, password, Set.of(), null);
        createFor("staff", Role.STAFF, demo.get(), Set.of(demo.get()), PersonKind.STAFF);
        createFor("leader", Role.LEADER, demo.get(), Set.of(demo.get()), PersonKind.LEADER);
        createFor("volunteer", Role.VOLUNTEER, demo.get(), Set.of(), PersonKind.VOLUNTEER);
        createFor("leader2", Role.LEADER, second.get(), Set.of(second.get()), PersonKind.LEADER);
    }

    /** An account that is the first person of the kind in the camp, under that person's name. */
    private void createFor(String username, Role role, long campId, Set<Long> camps, PersonKind kind) {
        PersonSummary person = people.find(campId, new PeopleFilter(kind, false, false, false, false, null), 0, 1).get(0);
        accounts.createDemoAccount(username, person.name(), role, password, camps, person.id());
    }

    /** The demo leader solves and signs the first camp, the demo staff member approves it, as they would by hand. */
    private void publishFirstRoster() {
        Optional<Long> demo = campId(DemoCamp.NAME);
        if (demo.isEmpty() || !accounts.exists("leader") || !accounts.exists("staff")
                || SystemActor.call(() -> !signOff.revisions(demo.get()).isEmpty())) {
            return;
        }
        long campId = demo.get();
        try {
            SystemActor.runAs(logins.loadUserByUsername("leader"), () -> {
                CampPlan draft = campPlans.exportPlan(campId);
                CampPlan solved = new PlanSolver(RosterSolverConfig.reproducible(DEMO_SOLVE_STEPS)).solve(draft, roster -> { });
                drafts.saveSolved(campId, drafts.snapshot(campId), solved.assignments(), "nothing published yet");
                signOff.propose(campId, true);
            });
            SystemActor.runAs(logins.loadUserByUsername("staff"), () -> signOff.approve(campId, 1, true));
            log.info("Published a solved roster of the demo camp (revision 1), signed by the demo leader and staff");
        } catch (SignOffRefusedException e) {
            log.warn("The demo roster was left as a draft: {}", e.getMessage());
        }
    }

    private Optional<Long> campId(String name) {
        return SystemActor.call(() -> campPlans.listCamps().stream().filter(camp -> camp.name().equals(name))
                .map(CampSummary::id).findFirst());
    }
}
