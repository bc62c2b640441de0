package org.campcoplanner.account;

import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may touch which camp, asked by services in their {@code @PreAuthorize} rules as
 * {@code @campAccess}. Membership is read from the database on every call, so a change an admin
 * makes applies at once.
 */
@Component("campAccess")
@Transactional(readOnly = true)
public class CampAccess {

    private final UserAccountRepository accounts;

    CampAccess(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Admins plan every camp; leaders and staff the camps they belong to. */
    public boolean canPlan(long campId) {
        if (CurrentUser.hasRole(Role.ADMIN.name())) {
            return true;
        }
        return (CurrentUser.hasRole(Role.LEADER.name()) || CurrentUser.hasRole(Role.STAFF.name())) && isMember(campId);
    }

    /** Leaders and staff of the camp; admins are not members unless assigned. */
    public boolean isMember(long campId) {
        return accounts.isMember(CurrentUser.name(), campId);
    }

    public boolean canPlanPersonOf(long personId) {
        return accounts.campOfPerson(personId).map(this::canPlan).orElse(false);
    }

    /** A volunteer sees the published roster of the camp they are a person of. */
    public boolean canSeePublished(long campId) {
        return canPlan(campId) || ownCamp().map(own -> own == campId).orElse(false);
    }

    /** The volunteer (or linked planner) who is this person. */
    public boolean isSelf(Long personId) {
        return personId != null && CurrentUser.get().map(CampUser::personId).filter(Objects::nonNull)
                .map(personId::equals).orElse(false);
    }

    private Optional<Long> ownCamp() {
        return CurrentUser.get().map(CampUser::personId).flatMap(accounts::campOfPerson);
    }
}
