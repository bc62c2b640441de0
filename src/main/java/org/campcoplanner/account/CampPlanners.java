package org.campcoplanner.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The leaders and staff who plan a camp, as people of it, so the app can tell them what needs them. */
@Component
public class CampPlanners {

    private final UserAccountRepository accounts;

    CampPlanners(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<Long> people(long campId) {
        return accounts.plannerPeople(campId);
    }
}
