package org.campcoplanner.demo;

import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.Role;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.people.PeopleFilter;
import org.campcoplanner.people.PeopleService;
import org.campcoplanner.people.PersonSummary;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The demo's logins, one per kind of user, created once next to the demo camps. Only in the
 * embedded demo: never with the PostgreSQL profile nor on any database but the embedded H2,
 * whatever CAMP_DEMO says.
 */
@Component
@Order(1)
@Profile("!postgres")
@ConditionalOnProperty(name = "camp.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String DEFAULT_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final CampPlanService campPlans;
    private final PeopleService people;
    private final String password;
    private final boolean embedded;

    DemoAccounts(AccountService accounts, CampPlanService campPlans,
                 PeopleService people, @Value("${camp.demo.password:" + DEFAULT_PASSWORD + "}") String password,
                 @Value("${spring.datasource.url:}") String databaseUrl) {
        this.embedded = databaseUrl.startsWith("jdbc:h2:");
        this.accounts = accounts;
        this.campPlans = campPlans;
        this.people = people;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!embedded) {
            // known passwords belong to a throw-away database only, never to one people rely on
            log.warn("Demo logins are only created on the embedded H2 database; this one gets none");
            return;
        }
        if (!accounts.hasAccounts()) {
            SystemActor.run(this::create);
        }
        if (accounts.exists("leader2")) {
            log.info("Demo logins: admin, staff, leader and volunteer ({}), leader2 ({}); password: {}",
                    DemoCamp.NAME, DemoCamp.SECOND_NAME,
                    DEFAULT_PASSWORD.equals(password) ? DEFAULT_PASSWORD : "the one in DEMO_PASSWORD");
        }
    }

    private void create() {
        Long demo = campId(DemoCamp.NAME);
        Long second = campId(DemoCamp.SECOND_NAME);
        if (demo == null || second == null) {
            log.warn("The demo camps are missing, so no demo logins were created");
            return;
        }
        accounts.createDemoAccount("admin", "Camp coordinator", Role.ADMIN, password, Set.of(), null);
        createFor("staff", Role.STAFF, demo, Set.of(demo), PersonKind.STAFF);
        createFor("leader", Role.LEADER, demo, Set.of(demo), PersonKind.LEADER);
        createFor("volunteer", Role.VOLUNTEER, demo, Set.of(), PersonKind.VOLUNTEER);
        createFor("leader2", Role.LEADER, second, Set.of(second), PersonKind.LEADER);
    }

    /** An account that is the first person of the kind in the camp, under that person's name. */
    private void createFor(String username, Role role, long campId, Set<Long> camps, PersonKind kind) {
        PersonSummary person = people.find(campId, new PeopleFilter(kind, false, false, false, false, null), 0, 1).get(0);
        accounts.createDemoAccount(username, person.name(), role, password, camps, person.id());
    }

    private Long campId(String name) {
        return campPlans.listCamps().stream().filter(camp -> camp.name().equals(name)).map(CampSummary::id)
                .findFirst().orElse(null);
    }
}
