package org.campcoplanner.shifts;

import org.campcoplanner.base.PlainNames;
import org.campcoplanner.planning.Text;

import java.util.Map;
import java.util.function.LongFunction;

/** A shift request in words: what is asked, and where it stands. */
final class RequestWords {

    private final LongFunction<String> names;
    private final Map<String, String> titles;
    private final Long reader;

    /**
     * @param names  a person's name by database id, as the reader may see it
     * @param titles the sessions' titles by plan id, as they are now
     */
    RequestWords(LongFunction<String> names, Map<String, String> titles) {
        this(names, titles, null);
    }

    /** Words for a person of the camp ({@code reader}, a database id): "you offer…", "Ann asks you…". */
    RequestWords(LongFunction<String> names, Map<String, String> titles, Long reader) {
        this.names = names;
        this.titles = titles;
        this.reader = reader;
    }

    Text what(ShiftRequest request) {
        String who = names.apply(request.getPersonId());
        Text seat = seat(request.seat());
        boolean readerAsked = reader != null && reader == request.getPersonId();
        boolean askedOfReader = reader != null && request.getPartnerId() != null
                && reader.longValue() == request.getPartnerId();
        if (request.getKind() == ShiftRequestKind.OFFER) {
            return Text.of(readerAsked ? "shifts.request.offer.you-ask" : "shifts.request.offer", who, seat);
        }
        String partner = names.apply(request.getPartnerId());
        if (request.getKind() == ShiftRequestKind.HAND_OVER) {
            return Text.of(readerAsked ? "shifts.request.hand-over.you-ask" : askedOfReader
                    ? "shifts.request.hand-over.asks-you" : "shifts.request.hand-over", who, seat, partner);
        }
        return Text.of(readerAsked ? "shifts.request.swap.you-ask" : askedOfReader ? "shifts.request.swap.asks-you"
                : "shifts.request.swap", who, seat, partner, seat(request.partnerSeat()));
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
