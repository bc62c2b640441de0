package org.campcoplanner.roster;

import org.campcoplanner.planning.format.CampPlan;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Counts the seats whose person differs between two plans, without the app's own diff. */
public final class MovedSeats {

    private MovedSeats() {
    }

    public static long between(CampPlan published, CampPlan draft) {
        Map<String, String> before = seated(published);
        Map<String, String> after = seated(draft);
        return before.keySet().stream().filter(seat -> !Objects.equals(before.get(seat), after.get(seat))).count()
                + after.keySet().stream().filter(seat -> !before.containsKey(seat)).count();
    }

    private static Map<String, String> seated(CampPlan plan) {
        Map<String, String> seats = new HashMap<>();
        plan.assignments().stream().filter(a -> a.person() != null)
                .forEach(a -> seats.put(a.session() + "/" + a.role() + "/" + a.index(), a.person()));
        return seats;
    }
}
