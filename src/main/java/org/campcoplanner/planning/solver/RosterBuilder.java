package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.CampCalendar;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.PledgeWeek;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.domain.SoftRuleWeights;
import org.campcoplanner.planning.domain.TimeBlock;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.rules.RuleWeights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the roster the solver works on from a camp plan, working out once what never changes
 * while solving: who is available for which session, credential validity, minutes outside
 * standard hours, pledges per week and who could take each seat at all.
 */
public final class RosterBuilder {

    static final double STAFF_DEFAULT_MIN_REST_HOURS = 11;
    static final List<CampPlan.WeeklyWindow> DEFAULT_STANDARD_HOURS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
            .stream().map(day -> new CampPlan.WeeklyWindow(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList();

    private RosterBuilder() {
    }

    /** The roster of a plan, with the plan's assignments as the starting point. */
    public static Roster build(CampPlan plan) {
        return build(plan, null);
    }

    /**
     * The roster of a plan; when a published roster exists, its assignments are what the
     * stability rule compares against.
     */
    public static Roster build(CampPlan plan, List<CampPlan.Assignment> published) {
        return build(plan, published, null);
    }

    /**
     * As {@link #build(CampPlan, List)}, out of a solve's time: building a big camp is work too, so
     * it stops between people and between sessions once {@code budget} is cancelled or used up.
     *
     * @param budget null for no limit
     * @throws SolveStoppedException when the budget ran out before the roster was built
     */
    public static Roster build(CampPlan plan, List<CampPlan.Assignment> published, SolveBudget budget) {
        Runnable checkpoint = budget == null ? () -> { } : budget::checkpoint;
        CampPlan.Camp camp = plan.camp();
        CampCalendar calendar = new CampCalendar(camp.startDate());
        CampPlan.Rules rules = camp.rules();
        int travel = rules == null || rules.travelMinutesBetweenSites() == null
                ? CampPlan.DEFAULT_TRAVEL_MINUTES : rules.travelMinutesBetweenSites();
        SoftRuleWeights weights = SoftRuleWeights.from(rules == null ? null : rules.weights());

        List<Session> sessions = sessions(plan, calendar, travel);
        int weeks = calendar.weekOf(camp.endDate().atStartOfDay()) + 1;
        List<Person> people = new ArrayList<>();
        for (CampPlan.Person person : plan.people()) {
            checkpoint.run();
            people.add(person(person, plan, sessions, calendar, weeks));
        }
        List<SeatAssignment> seats = seats(plan, sessions, people, checkpoint);
        applyAssignments(plan.assignments(), seats, people, false);
        // someone a planner put in a seat by hand stays offered it, so the roster can be scored as it is
        seats.forEach(seat -> seat.offer(seat.getPerson()));
        if (published != null) {
            applyAssignments(published, seats, people, true);
        }
        List<PledgeWeek> pledgeWeeks = pledgeWeeks(people, calendar, weeks);
        return new Roster(people, sessions, pledgeWeeks, seats,
                RuleWeights.overrides(weights));
    }

    private static List<Session> sessions(CampPlan plan, CampCalendar calendar, int travel) {
        Map<String, Integer> siteIndex = new HashMap<>();
        plan.sites().forEach(site -> siteIndex.put(site.id(), siteIndex.size()));
        Map<String, String> siteNames = new HashMap<>();
        plan.sites().forEach(site -> siteNames.put(site.id(), site.name()));
        List<Session> sessions = new ArrayList<>();
        for (CampPlan.Session s : plan.sessions()) {
            int children = s.children() == null ? 0 : s.children();
            int perAdult = childrenPerAdult(plan.camp().rules(), s.ageGroup());
            int adultsNeeded = CampPlan.adultsNeeded(children, perAdult);
            sessions.add(new Session(sessions.size(), s.id(), s.title(), s.activity(), s.series(), siteIndex.get(s.site()),
                    siteNames.get(s.site()), s.start(), s.end(), calendar, children, s.ageGroup(), adultsNeeded, travel));
        }
        return sessions;
    }

    private static int childrenPerAdult(CampPlan.Rules rules, String ageGroup) {
        Map<String, Integer> ratios = rules == null || rules.childrenPerAdult() == null ? Map.of() : rules.childrenPerAdult();
        if (ageGroup != null && ratios.containsKey(ageGroup)) {
            return ratios.get(ageGroup);
        }
        return ratios.getOrDefault(CampPlan.DEFAULT_AGE_GROUP, CampPlan.DEFAULT_CHILDREN_PER_ADULT);
    }

    private static Person person(CampPlan.Person p, CampPlan plan, List<Session> sessions,
                                 CampCalendar calendar, int weeks) {
        CampPlan.Availability availability = Optional.ofNullable(p.availability())
                .orElse(new CampPlan.Availability(null, null, null));
        List<CampPlan.WeeklyWindow> weekly = orEmpty(availability.weekly());
        List<TimeBlock> dated = Availability.blocks(orEmpty(availability.dates()));
        List<TimeBlock> unavailable = Availability.blocks(orEmpty(availability.unavailable()));
        boolean staff = p.kind() == PersonKind.STAFF;
        List<CampPlan.WeeklyWindow> standard = orEmpty(p.standardHours()).isEmpty() ? DEFAULT_STANDARD_HOURS : p.standardHours();

        BitSet available = new BitSet(sessions.size());
        int[] outsideStandard = staff ? new int[sessions.size()] : null;
        for (Session session : sessions) {
            // rule 1: the whole session inside the weekly and dated windows, no unavailable block touching it
            if (Availability.coveredByBlocks(weekly, dated, unavailable, session.start(), session.end())) {
                available.set(session.index());
            }
            if (staff) {
                long inside = WallClockWindows.minutesInside(
                        WallClockWindows.around(standard, session.start(), session.end()), session.start(), session.end());
                outsideStandard[session.index()] = (int) (session.durationMinutes() - inside);
            }
        }
        Map<String, LocalDate> credentials = new HashMap<>();
        for (CampPlan.Credential credential : orEmpty(p.credentials())) {
            LocalDate until = credential.validUntil() == null ? LocalDate.MAX : credential.validUntil();
            credentials.merge(credential.type(), until, (a, b) -> a.isAfter(b) ? a : b);
        }
        double minRestHours = p.minRestHours() != null ? p.minRestHours() : staff ? STAFF_DEFAULT_MIN_REST_HOURS : 0;
        Person.Limits limits = new Person.Limits(minutes(p.maxHoursPerDay()), minutes(p.maxHoursPerWeek()),
                minutes(minRestHours), staff ? null : minutes(p.pledgedHoursPerWeek()),
                staff ? minutes(p.maxHoursOutsideStandardPerWeek()) : null);
        int[] pledgedByWeek = limits.pledgedMinutesPerWeek() == null ? null
                : pledgedByWeek(limits.pledgedMinutesPerWeek(), plan.camp(), calendar, weeks);
        return new Person(p.id(), p.name(), p.kind(), Boolean.TRUE.equals(p.youth()),
                Boolean.TRUE.equals(p.experienced()), credentials, limits, new HashSet<>(orEmpty(p.likes())),
                new HashSet<>(orEmpty(p.dislikes())), available, outsideStandard, unavailable, pledgedByWeek,
                guardianConsentFrom(p, plan.camp().rules()));
    }

    private static LocalDate guardianConsentFrom(CampPlan.Person p, CampPlan.Rules rules) {
        boolean needed = Boolean.TRUE.equals(p.youth()) && rules != null && Boolean.TRUE.equals(rules.youthNeedGuardianConsent());
        if (!needed) {
            return null;
        }
        return p.guardianConsent() == null || p.guardianConsent().given() == null ? LocalDate.MAX : p.guardianConsent().given();
    }

    /** A pledge is per week; a week the camp only partly covers gets its share by camp days. */
    private static int[] pledgedByWeek(int pledgedMinutes, CampPlan.Camp camp, CampCalendar calendar, int weeks) {
        int[] byWeek = new int[weeks];
        for (int week = 0; week < weeks; week++) {
            LocalDate monday = calendar.mondayOfWeek(week);
            int campDays = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                if (!day.isBefore(camp.startDate()) && !day.isAfter(camp.endDate())) {
                    campDays++;
                }
            }
            byWeek[week] = pledgedMinutes * campDays / 7;
        }
        return byWeek;
    }

    private static List<PledgeWeek> pledgeWeeks(List<Person> people, CampCalendar calendar, int weeks) {
        List<PledgeWeek> pledgeWeeks = new ArrayList<>();
        for (Person person : people) {
            if (person.hasPledged()) {
                for (int week = 0; week < weeks; week++) {
                    LocalDate monday = calendar.mondayOfWeek(week);
                    pledgeWeeks.add(person.pledgeWeekOf(week, monday));
                }
            }
        }
        return pledgeWeeks;
    }

    private static List<SeatAssignment> seats(CampPlan plan, List<Session> sessions, List<Person> people,
                                              Runnable checkpoint) {
        List<SeatAssignment> seats = new ArrayList<>();
        for (int s = 0; s < sessions.size(); s++) {
            checkpoint.run();
            Map<String, Integer> perRole = new HashMap<>();
            for (CampPlan.SeatGroup group : plan.sessions().get(s).seats()) {
                int count = group.count() == null ? 1 : group.count();
                for (int i = 0; i < count; i++) {
                    int roleIndex = perRole.merge(group.role(), 1, Integer::sum);
                    SeatAssignment seat = new SeatAssignment(sessions.get(s), group.role(), roleIndex,
                            new HashSet<>(orEmpty(group.requires())), kinds(group.kinds()),
                            group.priority() == null ? CampPlan.DEFAULT_SEAT_PRIORITY : group.priority());
                    seat.setEligiblePeople(people.stream().filter(seat::couldTake).toList());
                    seats.add(seat);
                }
            }
        }
        return seats;
    }

    private static void applyAssignments(List<CampPlan.Assignment> assignments, List<SeatAssignment> seats,
                                         List<Person> people, boolean asPublished) {
        Map<String, SeatAssignment> seatById = new HashMap<>();
        seats.forEach(seat -> seatById.put(seat.getId(), seat));
        Map<String, Person> personById = new HashMap<>();
        people.forEach(person -> personById.put(person.id(), person));
        for (CampPlan.Assignment assignment : assignments) {
            SeatAssignment seat = seatById.get(assignment.session() + "/" + assignment.role() + "/" + assignment.index());
            Person person = assignment.person() == null ? null : personById.get(assignment.person());
            if (seat == null && asPublished) {
                // a session or seat removed since publication: there is nothing left to keep
                continue;
            }
            if (asPublished) {
                seat.setPublishedPerson(person);
            } else {
                seat.setPerson(person);
                seat.setPinned(assignment.pinned());
            }
        }
    }

    private static EnumSet<PersonKind> kinds(List<PersonKind> kinds) {
        return kinds == null || kinds.isEmpty() ? EnumSet.noneOf(PersonKind.class) : EnumSet.copyOf(kinds);
    }

    private static Integer minutes(Double hours) {
        return hours == null ? null : (int) Math.round(hours * 60);
    }

    private static int minutes(double hours) {
        return (int) Math.round(hours * 60);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
