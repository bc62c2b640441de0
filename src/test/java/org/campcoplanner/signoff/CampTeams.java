package org.campcoplanner.signoff;

import org.campcoplanner.Actors;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Set;

/**
 * Stores camps for tests sharing a database, each with its own {@link CampTeam} of fresh accounts,
 * and publishes their roster when asked. Part of every {@code @PostgresTest} context.
 */
@TestComponent
public class CampTeams {

    private final Actors actors;
    private final AccountService accounts;
    private final CampPlanService campPlans;
    private final SignOffService signOff;

    CampTeams(UserDetailsService userDetails, AccountService accounts, CampPlanService campPlans,
              SignOffService signOff) {
        this.actors = new Actors(userDetails);
        this.accounts = accounts;
        this.campPlans = campPlans;
        this.signOff = signOff;
    }

    /** Runs a piece of a test as an account of the database, such as a team's leader. */
    public Actors actors() {
        return actors;
    }

    /** The plan stored as a new camp with its own admin, leader ("Lee Leader") and staff member. */
    public CampTeam of(CampPlan plan) {
        String suffix = Long.toString(System.nanoTime(), 36);
        String admin = "admin-" + suffix;
        String leader = "leader-" + suffix;
        String staff = "staff-" + suffix;
        accounts.createAdminAsOperator(admin, "admin password");
        long campId = actors.as(admin, () -> {
            long id = campPlans.importPlan(plan);
            accounts.create(new NewAccount(leader, "Lee Leader", Role.LEADER, "long enough", Set.of(id), null));
            accounts.create(new NewAccount(staff, "Sam Staff", Role.STAFF, "long enough", Set.of(id), null));
            return id;
        });
        return new CampTeam(campId, admin, leader, staff);
    }

    /** As {@link #of}, then the leader signs the draft as it is and the staff member publishes it. */
    public CampTeam published(CampPlan plan) {
        CampTeam team = of(plan);
        RevisionSummary proposed = actors.as(team.leader(), () -> signOff.propose(team.campId(), true));
        actors.run(team.staff(), () -> signOff.approve(team.campId(), proposed.number(), true));
        return team;
    }
}
