package org.campcoplanner.shifts;

import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.RosterChanges;
import org.campcoplanner.roster.SeatKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Whether a request can still be made on a roster: its seats as they were asked for, and no hard rule broken. */
final class RequestCheck {

    private RequestCheck() {
    }

    /** Who goes where if the request is made: each seat to a plan id. */
    static Map<SeatKey, String> moves(ShiftRequest request, String askerId, String partnerId) {
        Map<SeatKey, String> moves = new LinkedHashMap<>();
        switch (request.getKind()) {
            case OFFER -> moves.put(request.seat().key(), askerId);
            case HAND_OVER -> moves.put(request.seat().key(), partnerId);
            case SWAP -> {
                moves.put(request.seat().key(), partnerId);
                moves.put(request.partnerSeat().key(), askerId);
            }
        }
        return moves;
    }

    /** Why the request can no longer be made on {@code plan}, in words; empty when it can. */
    static List<Text> problems(ShiftRequest request, CampPlan plan, String askerId, String partnerId,
                               RosterChanges rules) {
        String inSeat = personIn(plan, request.seat().key());
        boolean seatsAsAsked = switch (request.getKind()) {
            case OFFER -> inSeat == null;
            case HAND_OVER -> askerId.equals(inSeat);
            case SWAP -> askerId.equals(inSeat) && partnerId.equals(personIn(plan, request.partnerSeat().key()));
        };
        if (!seatsAsAsked) {
            return List.of(Text.of(request.getKind() == ShiftRequestKind.OFFER ? "shifts.refused.taken"
                    : "shifts.refused.seats-changed"));
        }
        return rules.broken(plan, moves(request, askerId, partnerId)).stream()
                .map(reason -> Text.of("shifts.refused.rule", reason)).toList();
    }

    private static String personIn(CampPlan plan, SeatKey key) {
        return plan.assignments().stream().filter(a -> a.session().equals(key.session()) && a.role().equals(key.role())
                && a.index() == key.index() && a.person() != null).map(CampPlan.Assignment::person).findFirst().orElse(null);
    }
}
