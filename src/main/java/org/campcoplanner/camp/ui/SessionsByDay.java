package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The camp's sessions grouped by the day they start, evenings, weekends and nights marked at a glance. */
class SessionsByDay extends Composite<Div> {

    SessionsByDay(CampPlan plan) {
        Map<String, String> siteNames = plan.sites().stream()
                .collect(Collectors.toMap(CampPlan.Site::id, CampPlan.Site::name));
        Map<LocalDate, List<CampPlan.Session>> byDay = plan.sessions().stream()
                .sorted(Comparator.comparing(CampPlan.Session::start))
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        getContent().addClassName("camp-days");
        byDay.forEach((day, sessions) -> {
            Div daySection = new Div(new H3(DateStyle.heading(day, getLocale())));
            daySection.addClassName("camp-day");
            sessions.forEach(session -> daySection.add(sessionRow(session, siteNames::get)));
            getContent().add(daySection);
        });
        if (byDay.isEmpty()) {
            getContent().add(new Span(getTranslation("camp.sessions.none")));
        }
    }

    private Div sessionRow(CampPlan.Session session, Function<String, String> siteName) {
        String times = DateStyle.timeRange(session.start(), session.end(), getLocale());
        int seats = session.seats().stream().mapToInt(g -> g.count() == null ? 1 : g.count()).sum();
        Div row = new Div(
                span("camp-session-time", times),
                span("camp-session-title", session.title()),
                span("camp-session-site", siteName.apply(session.site())),
                span("camp-session-size", getTranslation("camp.sessions.size", childrenText(session), seats)));
        row.addClassName("camp-session");
        for (SessionTiming timing : SessionTiming.of(session)) {
            row.addClassName("camp-session-" + timing.name().toLowerCase(Locale.ROOT));
            Span badge = new Span(getTranslation(timing.key()));
            badge.addClassName("camp-badge");
            badge.addClassName("camp-badge-" + timing.name().toLowerCase(Locale.ROOT));
            row.add(badge);
        }
        return row;
    }

    /** "12 children aged 6-8" */
    private String childrenText(CampPlan.Session session) {
        int children = session.children() == null ? 0 : session.children();
        return session.ageGroup() == null ? getTranslation("camp.sessions.children", children)
                : getTranslation("camp.sessions.children-aged", children, session.ageGroup());
    }

    private static Span span(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
