package org.campcoplanner.account;

import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The leader and staff accounts that plan a camp, so the app can tell those who should act on
 * something. The signed-in account is never among them: nobody is told of what they just did.
 */
@Component
public class CampPlanners {

    private final UserAccountRepository accounts;

    CampPlanners(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Leaders and staff of the camp, e.g. for a volunteer's withdrawal that both may re-plan. */
    @Transactional(readOnly = true)
    public List<Long> all(long campId) {
        return of(campId, EnumSet.of(Role.LEADER, Role.STAFF));
    }

    /** The camp's neighbourhood leaders, who sign drafts. */
    @Transactional(readOnly = true)
    public List<Long> leaders(long campId) {
        return of(campId, EnumSet.of(Role.LEADER));
    }

    /** The camp's city staff, who sign proposals. */
    @Transactional(readOnly = true)
    public List<Long> staff(long campId) {
        return of(campId, EnumSet.of(Role.STAFF));
    }

    private List<Long> of(long campId, Set<Role> roles) {
        long self = CurrentUser.get().map(CampUser::accountId).orElse(-1L);
        return accounts.planners(campId, roles).stream().filter(id -> id != self).toList();
    }
}
