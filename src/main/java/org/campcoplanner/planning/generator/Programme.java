package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.generator.CampSize.Timetable;
import org.campcoplanner.planning.generator.Places.Place;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A camp's weekly programme: every recurring session before it is laid out on the calendar. */
final class Programme {

    enum Kind { DAY, EVENING, WEEKEND, FAMILY, TRIP, CAMP_OUT }

    /**
     * One recurring session. It runs every {@code everyWeeks} weeks from week {@code firstWeek};
     * trips take their title from {@code titles} in turn.
     */
    record Series(String key, List<String> titles, String activity, Kind kind, DayOfWeek day, LocalTime start,
                  Duration length, Place site, String ageGroup, int children, int everyWeeks, int firstWeek) {

        boolean runsInWeek(int week) {
            return week >= firstWeek && (week - firstWeek) % everyWeeks == 0;
        }

        String title(int week) {
            return titles.get(week % titles.size());
        }
    }

    static final List<String> DAY_ACTIVITIES =
            List.of("sports", "arts", "nature", "music", "games", "cooking", "drama", "science");
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    /** The weekday each full-day group swims, spread so that the lifeguards are not all needed at once. */
    private static final List<DayOfWeek> SWIM_DAYS = List.of(DayOfWeek.WEDNESDAY, DayOfWeek.TUESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 0);
    private static final LocalTime EVENING = LocalTime.of(18, 0);
    private static final Duration THREE_HOURS = Duration.ofHours(3);

    private final Timetable timetable;
    private final Chance chance;
    private final List<Place> grounds;
    private final Place pool;

    Programme(Timetable timetable, List<Place> sites, Chance chance) {
        this.timetable = timetable;
        this.chance = chance;
        this.grounds = sites.stream().filter(site -> site.kind() != Places.Kind.POOL).toList();
        this.pool = sites.stream().filter(site -> site.kind() == Places.Kind.POOL).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a camp needs a pool"));
        if (timetable.fullDayGroups() + timetable.halfDayGroups() > grounds.size()) {
            throw new IllegalArgumentException("each day group needs a site of its own");
        }
    }

    List<Series> build() {
        List<Series> series = new ArrayList<>();
        int group = 0;
        for (; group < timetable.fullDayGroups(); group++) {
            series.addAll(fullDayGroup(grounds.get(group), SWIM_DAYS.get(group % SWIM_DAYS.size())));
        }
        for (int half = 0; half < timetable.halfDayGroups(); half++, group++) {
            series.addAll(halfDayGroup(grounds.get(group)));
        }
        List<Series> evenings = evenings();
        if (timetable.evenings() > evenings.size()) {
            throw new IllegalArgumentException("at most " + evenings.size() + " evening programmes");
        }
        series.addAll(evenings.subList(0, timetable.evenings()));
        series.add(trip());
        if (timetable.saturdayMornings()) {
            series.add(new Series("Saturday morning sports", List.of("Saturday sports club"), "sports", Kind.WEEKEND,
                    DayOfWeek.SATURDAY, LocalTime.of(9, 30), THREE_HOURS, ground(2), "6-8", children("6-8"), 1, 0));
        }
        series.add(campOut(timetable.campOutEveryWeeks()));
        if (timetable.sundayPicnicEveryWeeks() > 0) {
            series.add(sundayPicnic(timetable.sundayPicnicEveryWeeks()));
        }
        return series;
    }

    private List<Series> fullDayGroup(Place home, DayOfWeek swimDay) {
        List<String> activities = weekOfActivities(9);
        List<Series> series = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            series.add(daySession(home, day, "morning", MORNING, activities.remove(0), home.name(), dayAgeGroup()));
            series.add(day == swimDay
                    ? daySession(pool, day, "afternoon", AFTERNOON, "swim", home.name() + " swim", dayAgeGroup())
                    : daySession(home, day, "afternoon", AFTERNOON, activities.remove(0), home.name(), dayAgeGroup()));
        }
        return series;
    }

    /** The youngest come for the mornings only. */
    private List<Series> halfDayGroup(Place home) {
        List<String> activities = weekOfActivities(5);
        return WEEKDAYS.stream()
                .map(day -> daySession(home, day, "morning", MORNING, activities.remove(0), home.name(), "4-5"))
                .toList();
    }

    private List<String> weekOfActivities(int count) {
        List<String> activities = new ArrayList<>(DAY_ACTIVITIES);
        while (activities.size() < count) {
            activities.add(chance.pick(DAY_ACTIVITIES));
        }
        chance.shuffle(activities);
        return new ArrayList<>(activities.subList(0, count));
    }

    private Series daySession(Place site, DayOfWeek day, String partOfDay, LocalTime start, String activity,
                              String keySuffix, String ageGroup) {
        return new Series(dayName(day) + " " + partOfDay + " " + keySuffix,
                List.of(capitalised(partOfDay) + " " + activity), activity, Kind.DAY, day, start, THREE_HOURS,
                site, ageGroup, children(ageGroup), 1, 0);
    }

    private String dayAgeGroup() {
        double draw = chance.draw();
        return draw < 0.25 ? "4-5" : draw < 0.7 ? "6-8" : "9-12";
    }

    private int children(String ageGroup) {
        return switch (ageGroup) {
            case "4-5" -> chance.between(8, 16);
            case "6-8" -> chance.between(10, 26);
            case "9-12" -> chance.between(12, 30);
            default -> chance.between(14, 30);
        };
    }

    /** Evening programmes in the order camps add them as they grow. */
    private List<Series> evenings() {
        return List.of(
                evening("Tuesday evening sports", "sports", DayOfWeek.TUESDAY, ground(0), "9-12"),
                evening("Thursday evening arts", "arts", DayOfWeek.THURSDAY, ground(1), "6-8"),
                new Series("Wednesday family swim", List.of("Family swim"), "swim", Kind.FAMILY, DayOfWeek.WEDNESDAY,
                        LocalTime.of(17, 30), THREE_HOURS, pool, "all ages", children("all ages"), 1, 0),
                evening("Monday evening music", "music", DayOfWeek.MONDAY, ground(2), "9-12"),
                evening("Wednesday evening games", "games", DayOfWeek.WEDNESDAY, ground(3), "6-8"),
                evening("Tuesday evening cooking", "cooking", DayOfWeek.TUESDAY, ground(1), "9-12"),
                evening("Thursday evening sports", "sports", DayOfWeek.THURSDAY, ground(2), "9-12"),
                evening("Monday evening drama", "drama", DayOfWeek.MONDAY, ground(3), "6-8"));
    }

    private Series evening(String key, String activity, DayOfWeek day, Place site, String ageGroup) {
        return new Series(key, List.of("Evening " + activity), activity, Kind.EVENING, day, EVENING, THREE_HOURS,
                site, ageGroup, children(ageGroup), 1, 0);
    }

    private Series trip() {
        Place meetingPoint = grounds.stream().filter(site -> site.kind() == Places.Kind.COMMUNITY_CENTRE)
                .findFirst().orElse(grounds.get(0));
        List<String> titles = new ArrayList<>(
                Places.TRIP_DESTINATIONS.stream().map(place -> "Trip to " + place).toList());
        chance.shuffle(titles);
        return new Series("Saturday trip", titles, "trip", Kind.TRIP, DayOfWeek.SATURDAY, LocalTime.of(10, 0),
                Duration.ofHours(6), meetingPoint, "9-12", chance.between(20, 34), 1, 0);
    }

    /** Ends at 09:00 the next morning; the first is in week {@code every}, once the camp has found its feet. */
    private Series campOut(int every) {
        return new Series("Friday camp-out", List.of("Camp-out under the stars"), "camp-out", Kind.CAMP_OUT,
                DayOfWeek.FRIDAY, LocalTime.of(19, 0), Duration.ofHours(14), grounds.get(0), "9-12",
                chance.between(10, 18), every, every - 1);
    }

    private Series sundayPicnic(int every) {
        Place park = grounds.stream().filter(site -> site.kind() == Places.Kind.PARK)
                .reduce((first, last) -> last).orElse(grounds.get(0));
        return new Series("Sunday family picnic", List.of("Family picnic and games"), "games", Kind.FAMILY,
                DayOfWeek.SUNDAY, LocalTime.of(12, 0), THREE_HOURS, park, "all ages", children("all ages"),
                every, every - 1);
    }

    private Place ground(int index) {
        return grounds.get(index % grounds.size());
    }

    static String dayName(DayOfWeek day) {
        return capitalised(day.name().toLowerCase(Locale.ROOT));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
