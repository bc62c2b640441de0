package org.campcoplanner.shifts;

import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.planning.Text;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** Once seats went to someone, the other open offers for them are over, and each person who offered is told. */
@Component
class OvertakenOffers {

    private final ShiftRequestRepository requests;
    private final Inbox inbox;
    private final Clock clock;

    OvertakenOffers(ShiftRequestRepository requests, Inbox inbox, Clock clock) {
        this.requests = requests;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** In the caller's transaction: the offers close only if the seats' new holders are saved. */
    @Transactional
    void close(ShiftRequest winner, Collection<SeatKey> seats) {
        for (ShiftRequest other : requests.findByCampIdAndStatusInOrderByCreatedAt(winner.getCampId(),
                List.of(ShiftRequestStatus.WAITING_FOR_PLANNERS))) {
            if (!other.getId().equals(winner.getId()) && other.getKind() == ShiftRequestKind.OFFER
                    && seats.contains(other.seat().key())) {
                other.decided(ShiftRequestStatus.OVERTAKEN, CurrentUser.name(), clock.instant(), null);
                inbox.postToPerson(other.getCampId(), other.getPersonId(), Text.of("notice.offer-overtaken.subject"),
                        Text.of("notice.offer-overtaken.body"), "my-shifts");
            }
        }
    }
}
