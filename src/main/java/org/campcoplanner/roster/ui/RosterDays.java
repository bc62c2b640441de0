package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import org.campcoplanner.planning.explain.Breach;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The board's days: each day's sessions with their seats, those that break a hard rule outlined, and
 * the sessions and seats of the rule a planner selected highlighted.
 */
class RosterDays extends Composite<Div> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE MMM d", Locale.ENGLISH);

    private final Consumer<SeatKey> onSelect;
    private Set<String> highlighted = Set.of();
    private Set<String> highlightedSeats = Set.of();

    RosterDays(Consumer<SeatKey> onSelect) {
        this.onSelect = onSelect;
        getContent().addClassName("roster-days");
    }

    /** Marks the sessions and seats of a broken rule; shown on the next {@link #show}. */
    void highlight(Breach breach) {
        highlighted = Set.copyOf(breach.sessions());
        highlightedSeats = Set.copyOf(breach.seats());
    }

    void show(RosterWorkspace.Draft draft, RosterFilters filters) {
        Div days = getContent();
        days.removeAll();
        CampPlan plan = draft.plan();
        Map<String, String> siteNames = plan.sites().stream().collect(Collectors.toMap(CampPlan.Site::id, CampPlan.Site::name));
        Map<String, String> names = plan.people().stream().collect(Collectors.toMap(CampPlan.Person::id, CampPlan.Person::name));
        Set<String> broken = draft.explanation().hardBreaches().stream().flatMap(b -> b.sessions().stream())
                .collect(Collectors.toSet());
        Map<LocalDate, List<CampPlan.Session>> byDay = plan.sessions().stream()
                .filter(s -> filters.shows(s, siteNames.get(s.site()), draft.seats()))
                .sorted(Comparator.comparing(CampPlan.Session::start))
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        byDay.forEach((day, sessions) -> {
            Div column = new Div(new H4(DAY.format(day)));
            column.addClassName("roster-day");
            sessions.forEach(session -> {
                SessionCard card = new SessionCard(session, siteNames.get(session.site()), draft.seats(), names::get,
                        broken.contains(session.id()), highlightedSeats, onSelect);
                if (highlighted.contains(session.id())) {
                    card.addClassName("roster-session-highlighted");
                }
                column.add(card);
            });
            days.add(column);
        });
    }
}
