package org.campcoplanner.signoff;

import org.campcoplanner.Actors;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;

import java.util.Set;

/**
 * A camp stored from a plan with its own admin, leader ("Lee Leader") and staff member, each with
 * a fresh username, so tests sharing a database never meet each other's accounts.
 */
public record CampTeam(long campId, String admin, String leader, String staff) {

    public static CampTeam of(CampPlan plan, Actors actors, AccountService accounts, CampPlanService campPlans) {
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

    /** The leader signs the draft as it is and the staff member publishes it. */
    public CampTeam publish(Actors actors, SignOffService signOff) {
        RevisionSummary proposed = actors.as(leader, () -> signOff.propose(campId, true));
        actors.run(staff, () -> signOff.approve(campId, proposed.number(), true));
        return this;
    }
}
