package org.campcoplanner.shifts;

import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.explain.ChangeCheck;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.RosterChanges;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.signoff.PublishedRoster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /**
     * Why the request can no longer be made on {@code plan}, in words for {@code readerId} (null: a
     * planner, who may read everything); empty when it can.
     */
    static List<Text> problems(ShiftRequest request, CampPlan plan, String askerId, String partnerId,
                               RosterChanges rules, String readerId) {
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
        return inWordsFor(readerId, plan, rules.brokenRules(plan, moves(request, askerId, partnerId)));
    }

    /**
     * The broken rules as the reader may read them: a planner ({@code readerId} null) reads them all;
     * a volunteer reads what is about them or a whole session, and of another person only that it
     * does not fit them, by first name: never another person's availability or limits.
     */
    static List<Text> inWordsFor(String readerId, CampPlan plan, List<ChangeCheck.Broken> broken) {
        Map<String, String> firstNames = plan.people().stream()
                .collect(Collectors.toMap(CampPlan.Person::id, person -> PublishedRoster.firstName(person.name())));
        return broken.stream().map(rule -> {
            List<String> others = rule.people().stream().filter(id -> !id.equals(readerId)).toList();
            return readerId == null || others.isEmpty() ? Text.of("shifts.refused.rule", rule.detail())
                    : Text.of("shifts.refused.rule-other", firstNames.getOrDefault(others.get(0), "?"));
        }).distinct().toList();
    }

    /** Who sits in the seat of the plan: a plan id, or null when it is empty or there is no such seat. */
    static String personIn(CampPlan plan, SeatKey key) {
        return plan.assignments().stream().filter(a -> a.session().equals(key.session()) && a.role().equals(key.role())
                && a.index() == key.index() && a.person() != null).map(CampPlan.Assignment::person).findFirst().orElse(null);
    }
}
