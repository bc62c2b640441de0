package org.campcoplanner.shifts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether someone said they can't make a seat of a published revision, e.g. so no reminder goes out for it. */
@Component
public class WithdrawnSeats {

    private final WithdrawalRepository withdrawals;

    WithdrawnSeats(WithdrawalRepository withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Transactional(readOnly = true)
    public boolean contains(long campId, long personId, String sessionId, String role, int index) {
        return withdrawals.existsByCampIdAndPersonIdAndSessionIdAndRoleAndIndex(campId, personId, sessionId, role, index);
    }
}
