package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** One session on the board with its seats: who sits there, or an empty marker with the seat's priority. */
class SessionCard extends Composite<Div> {

    private final Map<SeatKey, NativeButton> seatButtons = new LinkedHashMap<>();

    SessionCard(CampPlan.Session session, String siteName, Map<SeatKey, SeatState> seats,
                Function<String, String> personName, boolean breaksHardRule, Set<String> highlightedSeats,
                Consumer<SeatKey> onSelect) {
        Div card = getContent();
        card.addClassName("roster-session");
        card.getElement().setAttribute("data-session", session.id());
        if (breaksHardRule) {
            card.addClassName("roster-session-broken");
        }
        Span title = new Span(session.title());
        title.addClassName("roster-session-title");
        card.add(title, new Span(DateStyle.timeRange(session.start(), session.end(), getLocale())
                + " · " + siteName));
        Map<String, Integer> perRole = new HashMap<>();
        for (CampPlan.SeatGroup group : session.seats()) {
            int count = group.count() == null ? 1 : group.count();
            for (int i = 0; i < count; i++) {
                int index = perRole.merge(group.role(), 1, Integer::sum);
                SeatKey key = new SeatKey(session.id(), group.role(), index);
                SeatState state = seats.getOrDefault(key, SeatState.NEVER_ASSIGNED);
                NativeButton seat = seatButton(key, state, group, personName, onSelect);
                if (highlightedSeats.contains(key.session() + "/" + key.role() + "/" + key.index())) {
                    seat.addClassName("roster-seat-highlighted");
                }
                seatButtons.put(key, seat);
                card.add(seat);
            }
        }
    }

    /** Marks the seat as the one the seat panel shows, or unmarks it; false when the seat is not on this card. */
    boolean markSelected(SeatKey key, boolean selected) {
        NativeButton seat = seatButtons.get(key);
        if (seat == null) {
            return false;
        }
        seat.setClassName("roster-seat-selected", selected);
        seat.getElement().setAttribute("aria-pressed", Boolean.toString(selected));
        return true;
    }

    /**
     * A native button rather than Vaadin's: the whole camp can show several hundred seats, and a
     * plain button costs a fraction to build and render while keeping keyboard use for free.
     */
    private NativeButton seatButton(SeatKey key, SeatState state, CampPlan.SeatGroup group,
                                           Function<String, String> personName, Consumer<SeatKey> onSelect) {
        int priority = group.priority() == null ? CampPlan.DEFAULT_SEAT_PRIORITY : group.priority();
        String who = state.person() == null ? getTranslation("roster.card.empty", priority)
                : personName.apply(state.person());
        NativeButton seat = new NativeButton(getTranslation(state.pinned() ? "roster.card.seat-pinned" : "roster.card.seat",
                key.role(), key.index(), who), click -> onSelect.accept(key));
        seat.setId(seatId(key));
        seat.addClassName(state.person() == null ? "roster-seat-empty" : "roster-seat");
        return seat;
    }

    static String seatId(SeatKey key) {
        return ("seat-" + key.session() + "-" + key.role() + "-" + key.index()).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
