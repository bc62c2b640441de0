package org.campcoplanner.shifts;

import org.campcoplanner.base.PlainNames;
import org.campcoplanner.planning.Text;

import java.util.Map;
import java.util.function.LongFunction;

/** A shift request in words: what is asked, and where it stands. */
final class RequestWords {

    private final LongFunction<String> names;
    private final Map<String, String> titles;

    /**
     * @param names  a person's name by database id, as the reader may see it
     * @param titles the sessions' titles by plan id, as they are now
     */
    RequestWords(LongFunction<String> names, Map<String, String> titles) {
        this.names = names;
        this.titles = titles;
    }

    Text what(ShiftRequest request) {
        String who = names.apply(request.getPersonId());
        Text seat = seat(request.seat());
        return switch (request.getKind()) {
            case OFFER -> Text.of("shifts.request.offer", who, seat);
            case HAND_OVER -> Text.of("shifts.request.hand-over", who, seat, names.apply(request.getPartnerId()));
            case SWAP -> Text.of("shifts.request.swap", who, seat, names.apply(request.getPartnerId()),
                    seat(request.partnerSeat()));
        };
    }

    Text standing(ShiftRequest request) {
        return switch (request.getStatus()) {
            case WAITING_FOR_PARTNER -> Text.of("shifts.request.waiting-for-partner", names.apply(request.getPartnerId()));
            case WAITING_FOR_PLANNERS -> Text.of("shifts.request.waiting-for-planners");
            case ACCEPTED -> Text.of("shifts.request.accepted");
            case PUBLISHED -> Text.of("shifts.request.published");
            case DECLINED -> Text.of("shifts.request.declined", request.getAnswer());
            case PARTNER_DECLINED -> Text.of("shifts.request.partner-declined", names.apply(request.getPartnerId()));
            case CANCELLED -> Text.of("shifts.request.cancelled");
            case OVERTAKEN -> Text.of("shifts.request.overtaken");
        };
    }

    /** What is asked, in English for the audit trail. */
    String plainWhat(ShiftRequest request) {
        String who = names.apply(request.getPersonId());
        String seat = plainSeat(request.seat());
        return switch (request.getKind()) {
            case OFFER -> who + " takes " + seat;
            case HAND_OVER -> who + " hands " + seat + " over to " + names.apply(request.getPartnerId());
            case SWAP -> who + " swaps " + seat + " with " + names.apply(request.getPartnerId()) + " for "
                    + plainSeat(request.partnerSeat());
        };
    }

    private String plainSeat(RequestedSeat seat) {
        return PlainNames.seat(seat.role(), seat.index(), titles.getOrDefault(seat.sessionId(), seat.sessionId()),
                seat.start());
    }

    Text seat(RequestedSeat seat) {
        return PlainNames.seatText(seat.role(), seat.index(), titles.getOrDefault(seat.sessionId(), seat.sessionId()),
                seat.start());
    }
}
