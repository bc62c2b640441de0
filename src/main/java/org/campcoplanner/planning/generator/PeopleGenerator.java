package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan.Availability;
import org.campcoplanner.planning.format.CampPlan.Credential;
import org.campcoplanner.planning.format.CampPlan.Person;
import org.campcoplanner.planning.format.CampPlan.WeeklyWindow;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.generator.AvailabilityGenerator.Pattern;
import org.campcoplanner.planning.generator.Identities.Identity;
import org.campcoplanner.planning.generator.Interests.Interest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * City staff, neighbourhood leaders and volunteers. What a legal roster depends on (who can come
 * when, police checks, first aid, lifeguards) is drawn as exact shares of each group rather than
 * coin flips per person, so that a small camp does not come out unstaffable by bad luck.
 */
final class PeopleGenerator {

    /**
     * The shares of one group of residents. People think in hours per summer, which they spread
     * over the weeks they are around: the same person gives a one-week camp far more of each week
     * than a twelve-week one.
     */
    private record Group(Map<Pattern, Double> weeks, double policeCheck, double firstAid, double lifeguard,
                         double holiday, double experienced, List<Double> summerHours, double mostPerWeek) {
    }

    //                                       evenings Sat  Sun  mornings afternoons daytime Friday night
    private static final Group LEADERS = new Group(weeks(0.7, 0.5, 0.3, 0.15, 0.15, 0.3, 0.3),
            0.85, 0.4, 0.05, 0.25, 0.8, List.of(30.0, 40.0, 50.0, 60.0, 80.0), 15.0);
    private static final Group ADULT_VOLUNTEERS = new Group(weeks(0.45, 0.35, 0.15, 0.15, 0.15, 0.2, 0.15),
            0.45, 0.25, 0.07, 0.2, 0.4, List.of(12.0, 15.0, 20.0, 24.0, 30.0, 40.0), 10.0);
    /* Youth are on their summer break, aiming at the 40 community-involvement hours high schools ask for. */
    private static final Group YOUTH = new Group(weeks(0.4, 0.3, 0.0, 0.0, 0.0, 0.9, 0.0),
            0.0, 0.4, 0.25, 0.2, 0.2, List.of(40.0, 40.0, 50.0, 60.0), 12.0);
    private static final double YOUTH_SHARE = 0.1;
    /** Hours per summer of a staff member's time that the city gives the camp. */
    private static final List<Double> STAFF_SUMMER_HOURS = List.of(60.0, 90.0, 120.0, 150.0);
    /** Of those free on evenings, Friday nights, Saturdays or Sundays, at least this many per group hold first aid. */
    private static final int FIRST_AIDERS_OUT_OF_HOURS = 2;
    /** Ontario's default of 11 consecutive hours off work in each day. */
    static final double STAFF_MIN_REST_HOURS = 11.0;

    private final CampSize.Crowd crowd;
    private final CampCalendar calendar;
    private final Chance chance;
    private final Identities identities;
    private final AvailabilityGenerator availability;
    private final Credentials credentials;
    private final Interests interests;

    PeopleGenerator(CampSize.Crowd crowd, CampCalendar calendar, Chance chance) {
        this.crowd = crowd;
        this.calendar = calendar;
        this.chance = chance;
        this.identities = new Identities(chance.split());
        this.availability = new AvailabilityGenerator(calendar, chance.split());
        this.credentials = new Credentials(calendar, chance.split());
        this.interests = new Interests(chance.split());
    }

    List<Person> generate() {
        List<Person> people = new ArrayList<>(staff(crowd.staff()));
        people.addAll(residents(PersonKind.LEADER, LEADERS, false, crowd.leaders(), 3));
        int youth = Math.max(2, (int) Math.round(crowd.volunteers() * YOUTH_SHARE));
        List<Person> adults = residents(PersonKind.VOLUNTEER, ADULT_VOLUNTEERS, false, crowd.volunteers() - youth, 6);
        List<Person> young = residents(PersonKind.VOLUNTEER, YOUTH, true, youth, 0);
        // youth are volunteers like the others, so they stand among them rather than at the end of the list
        boolean[] isYouth = chance.spread(crowd.volunteers(), youth);
        for (int i = 0, a = 0, y = 0; i < isYouth.length; i++) {
            people.add(isYouth[i] ? young.get(y++) : adults.get(a++));
        }
        List<Person> numbered = new ArrayList<>(people.size());
        for (Person p : people) {
            numbered.add(p.withId("p" + (numbered.size() + 1)));
        }
        return List.copyOf(numbered);
    }

    private List<Person> staff(int count) {
        boolean[] pool = chance.share(count, 0.2, 2);
        boolean[] overnight = chance.share(count, 0.1, 0);
        boolean[] evenings = chance.share(count, 0.35, 0);
        boolean[] saturdays = chance.share(count, 0.35, 0);
        // recreation staff are mostly required to hold first aid
        boolean[] firstAid = chance.share(count, 0.9, 0);
        boolean[] holiday = chance.share(count, 0.25, 0);
        boolean[] expiring = chance.share(count, 0.1, 0);
        int holidayTurn = chance.between(0, 99);
        List<Person> staff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // city staff share their week with other programmes, so some give the camp only some days
            int workdays = pool[i] ? 5 : chance.pick(List.of(5, 5, 5, 4, 4, 3));
            Set<Pattern> extras = EnumSet.noneOf(Pattern.class);
            addIf(extras, evenings[i] && !pool[i], Pattern.EVENINGS);
            addIf(extras, saturdays[i], Pattern.SATURDAYS);
            addIf(extras, overnight[i], Pattern.OVERNIGHT);
            List<Credential> held = credentials.of(true, pool[i] || firstAid[i], pool[i], expiring[i]);
            Availability week = availability.staff(workdays, pool[i], extras, holiday[i] ? holidayTurn++ : null);
            double hoursPerWeek = perWeek(chance.pick(STAFF_SUMMER_HOURS), week, 6.0, workdays * 7.0);
            double hoursPerDay = overnight[i] ? 14.0 : chance.pick(List.of(8.0, 10.0));
            double outsideStandard = overnight[i] ? 16.0 : chance.pick(List.of(3.0, 4.0, 6.0, 8.0));
            staff.add(person(PersonKind.STAFF, false, chance.of(0.85), held, week, hoursPerDay, hoursPerWeek,
                    STAFF_MIN_REST_HOURS, null, pool[i] ? AvailabilityGenerator.POOL_STANDARD_HOURS : null, outsideStandard,
                    pool[i] ? "swim" : null));
        }
        return staff;
    }

    private List<Person> residents(PersonKind kind, Group group, boolean youth, int count, int leastOvernight) {
        Map<Pattern, boolean[]> weeks = new EnumMap<>(Pattern.class);
        group.weeks().forEach((pattern, share) -> weeks.put(pattern,
                chance.share(count, share, pattern == Pattern.OVERNIGHT ? leastOvernight : 0)));
        boolean[] overnight = weeks.get(Pattern.OVERNIGHT);
        boolean[] policeCheck = chance.share(count, group.policeCheck(), 0);
        boolean[] firstAid = chance.share(count, group.firstAid(), 0);
        for (Pattern outOfHours : List.of(Pattern.EVENINGS, Pattern.OVERNIGHT, Pattern.SATURDAYS, Pattern.SUNDAYS)) {
            atLeastAmong(firstAid, weeks.get(outOfHours), FIRST_AIDERS_OUT_OF_HOURS);
        }
        boolean[] lifeguard = chance.share(count, group.lifeguard(), 0);
        boolean[] holiday = chance.share(count, group.holiday(), 0);
        boolean[] expiring = chance.share(count, 0.1, 1);
        List<Person> residents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<Pattern> patterns = EnumSet.noneOf(Pattern.class);
            for (Map.Entry<Pattern, boolean[]> entry : weeks.entrySet()) {
                addIf(patterns, entry.getValue()[i], entry.getKey());
            }
            // a Friday night or a Sunday alone is too little to be rostered often
            if (EnumSet.of(Pattern.OVERNIGHT, Pattern.SUNDAYS).containsAll(patterns)) {
                patterns.add(youth ? Pattern.DAYTIME : Pattern.EVENINGS);
            }
            // nobody stays the night with children without a police check
            List<Credential> held = credentials.of(policeCheck[i] || overnight[i], firstAid[i], lifeguard[i],
                    expiring[i]);
            residents.add(resident(kind, youth, chance.of(group.experienced()), held, patterns, holiday[i],
                    chance.pick(group.summerHours()), group.mostPerWeek()));
        }
        return residents;
    }

    private Person resident(PersonKind kind, boolean youth, boolean experienced, List<Credential> held,
                            Set<Pattern> patterns, boolean holiday, double summerHours, double mostPerWeek) {
        boolean overnight = patterns.contains(Pattern.OVERNIGHT);
        // leaders run the camp, so they are around all summer
        Availability week = availability.resident(patterns, holiday, kind == PersonKind.LEADER);
        double pledged = perWeek(summerHours, week, 2.0, mostPerWeek);
        double hoursPerWeek = Math.max(3.0, pledged + chance.pick(List.of(0.0, 0.0, 1.0, 2.0, 3.0)));
        double hoursPerDay = youth ? 7.0 : chance.pick(List.of(3.0, 4.0, 6.0, 6.0, 8.0));
        if (patterns.contains(Pattern.SATURDAYS)) {
            // free on Saturdays means free for a six-hour trip
            hoursPerDay = Math.max(6.0, hoursPerDay);
        }
        if (overnight) {
            // a camp-out is 14 hours, all counted on the Friday it starts
            hoursPerWeek = Math.max(14.0, hoursPerWeek);
            hoursPerDay = 14.0;
        }
        String leaning = overnight ? "camp-out"
                : held.stream().anyMatch(c -> c.type().equals(SessionGenerator.LIFEGUARD)) ? "swim" : null;
        return person(kind, youth, experienced, held, week, hoursPerDay, hoursPerWeek, null, pledged, null, null,
                leaning);
    }

    /** Spreads the hours a person gives per summer over the weeks they are around. */
    private double perWeek(double summerHours, Availability week, double least, double most) {
        double spread = Math.round(summerHours / calendar.weeksAround(week.unavailable()));
        return Math.max(least, Math.min(most, spread));
    }

    /** A person without an id yet; ids are given once everyone is in order. */
    private Person person(PersonKind kind, boolean youth, boolean experienced, List<Credential> held,
                          Availability week, double hoursPerDay, double hoursPerWeek, Double minRestHours,
                          Double pledged, List<WeeklyWindow> standardHours, Double outsideStandard, String leaning) {
        Identity who = identities.next();
        Interest interest = interests.of(leaning);
        return new Person(null, who.name(), kind, youth, experienced, who.email(), who.phone(), held,
                interest.skills(), who.languages(), null, null, hoursPerDay, hoursPerWeek, minRestHours, pledged,
                interest.likes(), interest.dislikes(), week, standardHours, outsideStandard);
    }

    /** Sets flags within {@code among} until at least {@code least} of that subgroup have one. */
    private static void atLeastAmong(boolean[] flags, boolean[] among, int least) {
        int have = 0;
        for (int i = 0; i < flags.length; i++) {
            have += flags[i] && among[i] ? 1 : 0;
        }
        for (int i = 0; i < flags.length && have < least; i++) {
            if (among[i] && !flags[i]) {
                flags[i] = true;
                have++;
            }
        }
    }

    private static <T> void addIf(Set<T> set, boolean condition, T item) {
        if (condition) {
            set.add(item);
        }
    }

    private static Map<Pattern, Double> weeks(double evenings, double saturdays, double sundays, double mornings,
                                              double afternoons, double daytime, double overnight) {
        Map<Pattern, Double> weeks = new EnumMap<>(Pattern.class);
        weeks.put(Pattern.EVENINGS, evenings);
        weeks.put(Pattern.SATURDAYS, saturdays);
        weeks.put(Pattern.SUNDAYS, sundays);
        weeks.put(Pattern.MORNINGS, mornings);
        weeks.put(Pattern.AFTERNOONS, afternoons);
        weeks.put(Pattern.DAYTIME, daytime);
        weeks.put(Pattern.OVERNIGHT, overnight);
        return weeks;
    }
}
