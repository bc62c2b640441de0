package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.explain.Breach;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The board's days: each day's sessions with their seats, those that break a hard rule outlined, the
 * sessions and seats of the rule a planner selected highlighted, and the selected seat marked.
 * After an edit only the cards that changed are drawn again, so the browser is sent one card
 * rather than the whole week.
 */
class RosterDays extends Composite<Div> {

    private final Consumer<SeatKey> onSelect;
    private final Map<String, SessionCard> cards = new HashMap<>();
    private Set<String> highlighted = Set.of();
    private Set<String> highlightedSeats = Set.of();
    private Map<SeatKey, SeatState> shownSeats = Map.of();
    private Set<String> shownBroken = Set.of();
    private SeatKey selected;

    RosterDays(Consumer<SeatKey> onSelect) {
        this.onSelect = onSelect;
        getContent().addClassName("roster-days");
    }

    /** Marks the sessions and seats of a broken rule; shown on the next {@link #show}. */
    void highlight(Breach breach) {
        highlighted = Set.copyOf(breach.sessions());
        highlightedSeats = Set.copyOf(breach.seats());
    }

    /** Scrolls the first highlighted session into the browser's view. */
    void scrollToHighlighted() {
        highlighted.stream().map(cards::get).filter(Objects::nonNull).findFirst().ifPresent(SessionCard::scrollIntoView);
    }

    /** Marks the seat the seat panel shows (null: none), unmarking the one before. */
    void select(SeatKey key) {
        if (selected != null && cards.containsKey(selected.session())) {
            cards.get(selected.session()).markSelected(selected, false);
        }
        selected = key;
        if (key != null && cards.containsKey(key.session())) {
            cards.get(key.session()).markSelected(key, true);
        }
    }

    void show(RosterWorkspace.Draft draft, RosterFilters filters) {
        Div days = getContent();
        days.removeAll();
        cards.clear();
        CampPlan plan = draft.plan();
        Map<String, String> siteNames = siteNames(plan);
        Set<String> broken = broken(draft);
        Map<LocalDate, List<CampPlan.Session>> byDay = plan.sessions().stream()
                .filter(s -> filters.shows(s, siteNames.get(s.site()), draft.seats()))
                .sorted(Comparator.comparing(CampPlan.Session::start))
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        Map<String, String> names = names(plan);
        byDay.forEach((day, sessions) -> {
            Div column = new Div(new H4(DateStyle.heading(day, getLocale())));
            column.addClassName("roster-day");
            sessions.forEach(session -> column.add(card(session, siteNames, names, draft, broken)));
            days.add(column);
        });
        shownSeats = draft.seats();
        shownBroken = broken;
        select(selected);
    }

    /**
     * Draws again only the sessions whose seats or hard-rule outline changed since the board was
     * last drawn. With a person chosen an edit can add or remove a session, so the days are drawn anew.
     */
    void update(RosterWorkspace.Draft draft, RosterFilters filters) {
        if (filters.personId() != null) {
            show(draft, filters);
            return;
        }
        Set<String> broken = broken(draft);
        Set<String> changed = new HashSet<>();
        Set<SeatKey> seats = new HashSet<>(shownSeats.keySet());
        seats.addAll(draft.seats().keySet());
        seats.stream().filter(key -> !Objects.equals(shownSeats.get(key), draft.seats().get(key)))
                .forEach(key -> changed.add(key.session()));
        cards.keySet().stream().filter(id -> broken.contains(id) != shownBroken.contains(id)).forEach(changed::add);
        CampPlan plan = draft.plan();
        Map<String, String> siteNames = siteNames(plan);
        Map<String, String> names = names(plan);
        plan.sessions().stream().filter(session -> changed.contains(session.id()) && cards.containsKey(session.id()))
                .forEach(session -> {
                    SessionCard old = cards.get(session.id());
                    old.getParent().ifPresent(column -> ((Div) column).replace(old,
                            card(session, siteNames, names, draft, broken)));
                });
        shownSeats = draft.seats();
        shownBroken = broken;
        select(selected);
    }

    private SessionCard card(CampPlan.Session session, Map<String, String> siteNames, Map<String, String> names,
                             RosterWorkspace.Draft draft, Set<String> broken) {
        SessionCard card = new SessionCard(session, siteNames.get(session.site()), draft.seats(), names::get,
                broken.contains(session.id()), highlightedSeats, onSelect);
        if (highlighted.contains(session.id())) {
            card.addClassName("roster-session-highlighted");
        }
        cards.put(session.id(), card);
        return card;
    }

    private static Set<String> broken(RosterWorkspace.Draft draft) {
        return draft.explanation().hardBreaches().stream().flatMap(b -> b.sessions().stream()).collect(Collectors.toSet());
    }

    private static Map<String, String> siteNames(CampPlan plan) {
        return plan.sites().stream().collect(Collectors.toMap(CampPlan.Site::id, CampPlan.Site::name));
    }

    private static Map<String, String> names(CampPlan plan) {
        return plan.people().stream().collect(Collectors.toMap(CampPlan.Person::id, CampPlan.Person::name));
    }
}
