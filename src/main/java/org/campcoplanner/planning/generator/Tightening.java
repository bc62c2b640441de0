package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Availability;
import org.campcoplanner.planning.format.CampPlan.Interval;
import org.campcoplanner.planning.format.CampPlan.WeeklyWindow;
import org.campcoplanner.planning.solver.Workload;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tightens people around a planted roster, so that a full roster is known to exist but is hard
 * to find: each person's limits come down to just above what they were planted to work (a day's
 * hours rounded up to the hour, a week's and the staff cap on hours outside standard hours 10-20%
 * more, never more than before), and their availability to the windows their planted sessions lie
 * in, now and then one window more, with weeks away where they have nothing planted. The planted
 * roster stays legal under every rule, because each limit stays at or above its planted load and
 * every window a planted session touches stays.
 */
final class Tightening {

    private static final double LEAST_WEEKLY_SLACK = 0.1;
    private static final double MOST_WEEKLY_SLACK = 0.2;
    /** How often someone keeps one window of their week that no planted session needs. */
    private static final double SPARE_WINDOW = 0.5;
    /** How often a week without planted sessions becomes a week away. */
    private static final double AWAY_WHEN_IDLE = 0.6;

    private final CampCalendar calendar;
    private final Chance chance;

    Tightening(CampCalendar calendar, Chance chance) {
        this.calendar = calendar;
        this.chance = chance;
    }

    /** The planting's camp with every person tightened around their planted sessions. */
    CampPlan tighten(Planting planting) {
        List<CampPlan.Person> people = planting.plan().people();
        List<CampPlan.Person> tightened = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            // the roster lists people in the plan's order
            tightened.add(tighten(people.get(i), planting.loadOf(planting.roster().getPeople().get(i))));
        }
        return planting.plan().withPeople(tightened);
    }

    private CampPlan.Person tighten(CampPlan.Person person, Workload load) {
        List<Session> planted = load.sessions();
        if (planted.isEmpty()) {
            return person.withAvailability(idle(orEmpty(person)));
        }
        double perDay = atMost(person.maxHoursPerDay(), hoursFor(load.mostMinutesInADay(), 0));
        double perWeek = atMost(person.maxHoursPerWeek(), hoursFor(load.mostMinutesInAWeek(), weeklySlack()));
        Double outsideStandard = person.maxHoursOutsideStandardPerWeek() == null ? null
                : atMost(person.maxHoursOutsideStandardPerWeek(),
                        hoursFor(load.mostMinutesOutsideStandardInAWeek(), weeklySlack()));
        Double pledged = person.pledgedHoursPerWeek() == null ? null : Math.min(person.pledgedHoursPerWeek(), perWeek);
        return new CampPlan.Person(person.id(), person.name(), person.kind(), person.youth(), person.experienced(),
                person.email(), person.phone(), person.credentials(), person.skills(), person.languages(),
                person.preferredLanguage(), person.guardianConsent(), perDay,
                perWeek, person.minRestHours(), pledged, person.likes(), person.dislikes(),
                narrowed(orEmpty(person), planted), person.standardHours(), outsideStandard);
    }

    private Availability narrowed(Availability availability, List<Session> planted) {
        List<WeeklyWindow> weekly = new ArrayList<>();
        List<WeeklyWindow> spare = new ArrayList<>();
        for (WeeklyWindow window : orEmpty(availability.weekly())) {
            (planted.stream().anyMatch(session -> touches(window, session)) ? weekly : spare).add(window);
        }
        if (!spare.isEmpty() && chance.of(SPARE_WINDOW)) {
            weekly.add(chance.pick(spare));
            weekly.sort(Comparator.comparing(WeeklyWindow::day).thenComparing(WeeklyWindow::from));
        }
        List<Interval> dates = orEmpty(availability.dates()).stream()
                .filter(date -> planted.stream().anyMatch(session -> overlaps(date.start(), date.end(), session)))
                .toList();
        List<Interval> unavailable = new ArrayList<>(orEmpty(availability.unavailable()));
        unavailable.addAll(weeksAway(planted));
        unavailable.sort(Comparator.comparing(Interval::start));
        return new Availability(weekly, dates, unavailable);
    }

    /** Someone with nothing planted keeps one window of their week, and is away now and then. */
    private Availability idle(Availability availability) {
        List<WeeklyWindow> weekly = orEmpty(availability.weekly());
        List<Interval> unavailable = new ArrayList<>(orEmpty(availability.unavailable()));
        unavailable.addAll(weeksAway(List.of()));
        unavailable.sort(Comparator.comparing(Interval::start));
        return new Availability(weekly.isEmpty() ? List.of() : List.of(chance.pick(weekly)), List.of(), unavailable);
    }

    /** Weeks with no planted session, some of them away; consecutive ones as one stretch. */
    private List<Interval> weeksAway(List<Session> planted) {
        List<Interval> away = new ArrayList<>();
        for (int week = 0; week < calendar.weeks(); week++) {
            LocalDateTime from = calendar.monday(week).atStartOfDay();
            LocalDateTime to = calendar.monday(week + 1).atStartOfDay();
            if (planted.stream().noneMatch(session -> overlaps(from, to, session)) && chance.of(AWAY_WHEN_IDLE)) {
                Interval last = away.isEmpty() ? null : away.get(away.size() - 1);
                if (last != null && last.end().equals(from)) {
                    away.set(away.size() - 1, new Interval(last.start(), to));
                } else {
                    away.add(new Interval(from, to));
                }
            }
        }
        return away;
    }

    /** Whether any occurrence of the weekly window overlaps the session: then it helps cover it. */
    private static boolean touches(WeeklyWindow window, Session session) {
        LocalDate last = session.end().toLocalDate();
        for (LocalDate day = session.start().toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == window.day()) {
                LocalDateTime from = day.atTime(window.from());
                LocalDateTime to = window.to().isAfter(window.from()) ? day.atTime(window.to())
                        : day.plusDays(1).atTime(window.to());
                if (overlaps(from, to, session)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlaps(LocalDateTime from, LocalDateTime to, Session session) {
        return from.isBefore(session.end()) && session.start().isBefore(to);
    }

    private double weeklySlack() {
        return LEAST_WEEKLY_SLACK + (MOST_WEEKLY_SLACK - LEAST_WEEKLY_SLACK) * chance.draw();
    }

    /** Whole hours at least {@code minutes} plus the slack. */
    private static double hoursFor(int minutes, double slack) {
        return Math.ceil(minutes * (1 + slack) / 60.0);
    }

    /** Never more than the person allowed before; the planted load is within that already. */
    private static double atMost(Double before, double tightened) {
        return before == null ? tightened : Math.min(before, tightened);
    }

    private static Availability orEmpty(CampPlan.Person person) {
        return person.availability() == null ? new Availability(List.of(), List.of(), List.of()) : person.availability();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
