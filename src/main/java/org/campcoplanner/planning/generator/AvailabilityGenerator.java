package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan.Availability;
import org.campcoplanner.planning.format.CampPlan.Interval;
import org.campcoplanner.planning.format.CampPlan.WeeklyWindow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** When people can help: weekly windows by the shape of their lives, extra dated windows, holidays. */
final class AvailabilityGenerator {

    /** The shapes of a person's week; a resident usually has one to three of them. */
    enum Pattern { EVENINGS, SATURDAYS, SUNDAYS, MORNINGS, AFTERNOONS, DAYTIME, OVERNIGHT }

    static final List<WeeklyWindow> POOL_STANDARD_HOURS = weekdays(LocalTime.of(12, 0), LocalTime.of(20, 0));

    private static final LocalTime HALF_PAST_EIGHT = LocalTime.of(8, 30);
    private static final LocalTime HALF_PAST_TWELVE = LocalTime.of(12, 30);
    private static final LocalTime HALF_PAST_FOUR = LocalTime.of(16, 30);
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);
    private static final LocalTime TEN_PM = LocalTime.of(22, 0);

    /** Camps shorter than this have every resident around for all of it. */
    private static final int LONG_CAMP_WEEKS = 8;

    private final CampCalendar calendar;
    private final Chance chance;

    AvailabilityGenerator(CampCalendar calendar, Chance chance) {
        this.calendar = calendar;
        this.chance = chance;
    }

    /**
     * Working days, plus some evenings, Saturdays or a Friday night as {@code extras} say. Staff take
     * their holidays in turns ({@code holidayTurn} 0, 1, 2, ...; null for none), so that a team is
     * never away all at once.
     */
    Availability staff(int workdays, boolean pool, Set<Pattern> extras, Integer holidayTurn) {
        List<WeeklyWindow> weekly = new ArrayList<>();
        List<DayOfWeek> days = someWeekdays(workdays);
        for (DayOfWeek day : days) {
            weekly.add(pool ? new WeeklyWindow(day, LocalTime.NOON, LocalTime.of(21, 0))
                    : new WeeklyWindow(day, HALF_PAST_EIGHT, FIVE_PM));
        }
        if (extras.contains(Pattern.EVENINGS)) {
            // a late day now and then: the working day runs on into the evening
            List<DayOfWeek> late = new ArrayList<>(days);
            chance.shuffle(late);
            late.subList(0, Math.min(late.size(), chance.between(1, 2)))
                    .forEach(day -> weekly.add(new WeeklyWindow(day, FIVE_PM, TEN_PM)));
        }
        if (extras.contains(Pattern.OVERNIGHT)) {
            weekly.addAll(windows(Pattern.OVERNIGHT));
        }
        List<Interval> dates = new ArrayList<>();
        if (extras.contains(Pattern.SATURDAYS)) {
            for (int n = chance.between(1, Math.min(3, calendar.weeks())); n > 0; n--) {
                dates.add(on(calendar.day(chance.between(0, calendar.weeks() - 1), DayOfWeek.SATURDAY),
                        LocalTime.of(9, 0), FIVE_PM));
            }
        }
        return availability(weekly, dates, holidayTurn == null ? null : holiday(holidayTurn));
    }

    /** {@code allSummer}: around for the whole camp but for a holiday, as the leaders who run it are. */
    Availability resident(Set<Pattern> patterns, boolean holiday, boolean allSummer) {
        List<WeeklyWindow> weekly = new ArrayList<>();
        for (Pattern pattern : patterns) {
            weekly.addAll(windows(pattern));
        }
        List<Interval> dates = new ArrayList<>();
        if (chance.of(0.35)) {
            dates.addAll(extraDates(patterns));
        }
        Availability availability = availability(weekly, dates, holiday ? holiday(chance.between(0, 99)) : null);
        if (!allSummer && !takesPartAllSummer()) {
            List<Interval> unavailable = new ArrayList<>(availability.unavailable());
            unavailable.addAll(awayForPartOfSummer());
            unavailable.sort(Comparator.comparing(Interval::start));
            return new Availability(availability.weekly(), availability.dates(), unavailable);
        }
        return availability;
    }

    /** The longer the camp, the fewer residents can give all of it. */
    private boolean takesPartAllSummer() {
        int weeks = calendar.weeks();
        return weeks < LONG_CAMP_WEEKS || !chance.of((weeks - 6) / 8.0);
    }

    /** Around for a stretch of weeks: after a summer course ends, until the cottage or a summer job. */
    private List<Interval> awayForPartOfSummer() {
        int weeks = calendar.weeks();
        int stretch = chance.between(weeks / 3, weeks - 2);
        int first = chance.between(0, weeks - stretch);
        List<Interval> away = new ArrayList<>();
        if (first > 0) {
            away.add(new Interval(calendar.firstDay().atStartOfDay(), calendar.monday(first).atStartOfDay()));
        }
        if (first + stretch < weeks) {
            away.add(new Interval(calendar.monday(first + stretch).atStartOfDay(),
                    calendar.lastDay().plusDays(1).atStartOfDay()));
        }
        return away;
    }

    private List<WeeklyWindow> windows(Pattern pattern) {
        return switch (pattern) {
            case EVENINGS -> {
                LocalTime from = chance.of(0.7) ? FIVE_PM : LocalTime.of(17, 30);
                LocalTime to = from.equals(FIVE_PM) ? TEN_PM : LocalTime.of(21, 30);
                yield someWeekdays(chance.between(2, 4)).stream().map(day -> new WeeklyWindow(day, from, to)).toList();
            }
            case SATURDAYS -> List.of(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(9, 0), FIVE_PM));
            case SUNDAYS -> List.of(new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(11, 0), FIVE_PM));
            case MORNINGS -> window(chance.between(2, 4), HALF_PAST_EIGHT, HALF_PAST_TWELVE);
            case AFTERNOONS -> window(chance.between(2, 4), HALF_PAST_TWELVE, HALF_PAST_FOUR);
            case DAYTIME -> window(chance.between(2, 5), HALF_PAST_EIGHT, HALF_PAST_FOUR);
            case OVERNIGHT -> List.of(new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(10, 0)));
        };
    }

    private List<WeeklyWindow> window(int days, LocalTime from, LocalTime to) {
        return someWeekdays(days).stream().map(day -> new WeeklyWindow(day, from, to)).toList();
    }

    /** A Saturday, a day off work, a free evening, or a whole week taken off to help at camp. */
    private List<Interval> extraDates(Set<Pattern> patterns) {
        int week = chance.between(0, calendar.weeks() - 1);
        double draw = chance.draw();
        if (draw < 0.1) {
            return Programme.WEEKDAYS.stream().map(day -> calendar.day(week, day))
                    .filter(date -> !calendar.isHoliday(date))
                    .map(date -> on(date, HALF_PAST_EIGHT, HALF_PAST_FOUR)).toList();
        }
        LocalDate weekday = calendar.day(week, chance.pick(Programme.WEEKDAYS));
        if (draw < 0.4 && !patterns.contains(Pattern.SATURDAYS)) {
            return List.of(on(calendar.day(week, DayOfWeek.SATURDAY), LocalTime.of(9, 0), FIVE_PM));
        }
        if (draw < 0.7) {
            return List.of(on(weekday, HALF_PAST_EIGHT, HALF_PAST_FOUR));
        }
        return List.of(on(weekday, FIVE_PM, TEN_PM));
    }

    private Availability availability(List<WeeklyWindow> weekly, List<Interval> dates, Interval holiday) {
        List<Interval> unavailable = new ArrayList<>();
        if (holiday != null) {
            unavailable.add(holiday);
        }
        if (chance.of(0.1)) {
            LocalDate day = calendar.day(chance.between(0, calendar.weeks() - 1), chance.pick(Programme.WEEKDAYS));
            LocalTime from = chance.pick(List.of(LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(15, 30)));
            unavailable.add(on(day, from, from.plusHours(2)));
        }
        List<Interval> sortedDates = new ArrayList<>(dates);
        sortedDates.sort(Comparator.comparing(Interval::start));
        unavailable.sort(Comparator.comparing(Interval::start));
        return new Availability(merged(weekly), distinct(sortedDates), unavailable);
    }

    /** A week away in the middle of a long camp, two days in a short one; turn n picks the n-th such slot. */
    private Interval holiday(int turn) {
        int weeks = calendar.weeks();
        if (weeks >= 3) {
            LocalDate monday = calendar.monday(1 + turn % (weeks - 2));
            return new Interval(monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay());
        }
        // consecutive turns never overlap: Monday, Wednesday, Friday, Tuesday, Thursday
        LocalDate first = calendar.monday(turn / 5 % weeks).plusDays(2L * turn % 5);
        return new Interval(first.atStartOfDay(), first.plusDays(2).atStartOfDay());
    }

    private List<DayOfWeek> someWeekdays(int count) {
        List<DayOfWeek> days = new ArrayList<>(Programme.WEEKDAYS);
        chance.shuffle(days);
        List<DayOfWeek> chosen = new ArrayList<>(days.subList(0, Math.min(count, days.size())));
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }

    /** Same-day windows that touch or overlap become one, so that a person's week reads cleanly. */
    private static List<WeeklyWindow> merged(List<WeeklyWindow> windows) {
        List<WeeklyWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(WeeklyWindow::day).thenComparing(WeeklyWindow::from));
        List<WeeklyWindow> merged = new ArrayList<>();
        for (WeeklyWindow window : sorted) {
            WeeklyWindow last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.day() == window.day() && endsSameDay(last) && endsSameDay(window)
                    && !window.from().isAfter(last.to())) {
                LocalTime to = window.to().isAfter(last.to()) ? window.to() : last.to();
                merged.set(merged.size() - 1, new WeeklyWindow(last.day(), last.from(), to));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    private static boolean endsSameDay(WeeklyWindow window) {
        return window.to().isAfter(window.from());
    }

    private static List<Interval> distinct(List<Interval> intervals) {
        return intervals.stream().distinct().toList();
    }

    private static Interval on(LocalDate date, LocalTime from, LocalTime to) {
        return new Interval(LocalDateTime.of(date, from), LocalDateTime.of(date, to));
    }

    private static List<WeeklyWindow> weekdays(LocalTime from, LocalTime to) {
        return Programme.WEEKDAYS.stream().map(day -> new WeeklyWindow(day, from, to)).toList();
    }
}
