package org.campcoplanner.planning.rules;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.solver.RosterBuilder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small camp written the way a planner thinks of it, for rule tests: three weeks from Monday
 * Jul 6 2026, two sites 30 minutes apart, ratios 8 by default and 10 for ages 9-12.
 */
public final class TestCamp {

    public static final String VSC = Person.VULNERABLE_SECTOR_CHECK;

    private final List<CampPlan.Person> people = new ArrayList<>();
    private final List<CampPlan.Session> sessions = new ArrayList<>();
    private final List<CampPlan.Assignment> published = new ArrayList<>();
    private boolean hasPublished;
    private Boolean youthNeedGuardianConsent;
    private LocalDate firstDay = LocalDate.of(2026, 7, 6);
    private LocalDate lastDay = LocalDate.of(2026, 7, 26);

    /** The camp's days, July 2026 unless said otherwise (e.g. for a camp that must lie ahead of the real date). */
    public TestCamp days(LocalDate first, LocalDate last) {
        firstDay = first;
        lastDay = last;
        return this;
    }

    /** An adult with a vulnerable sector check and no other limits, available all week round the clock. */
    public TestCamp person(String id, PersonKind kind, UnaryOperator<PersonSpec> spec) {
        people.add(spec.apply(new PersonSpec(id, kind)).toPlan());
        return this;
    }

    public TestCamp person(String id, PersonKind kind) {
        return person(id, kind, UnaryOperator.identity());
    }

    public TestCamp session(String id, String start, String end, UnaryOperator<SessionSpec> spec) {
        sessions.add(spec.apply(new SessionSpec(id, start, end)).toPlan());
        return this;
    }

    public TestCamp session(String id, String start, String end) {
        return session(id, start, end, UnaryOperator.identity());
    }

    /** The camp's rules ask a guardian's consent for each youth. */
    public TestCamp youthNeedGuardianConsent() {
        youthNeedGuardianConsent = true;
        return this;
    }

    public TestCamp published(String session, String role, int index, String person) {
        hasPublished = true;
        published.add(new CampPlan.Assignment(session, role, index, person, false));
        return this;
    }

    public CampPlan plan() {
        CampPlan.Camp camp = new CampPlan.Camp("Test camp", null, "America/Toronto", firstDay,
                lastDay, new CampPlan.Rules(Map.of("default", 8, "9-12", 10), 30, youthNeedGuardianConsent, null));
        return new CampPlan(1, null, camp, List.of(new CampPlan.Site("park", "Exhibition Park", null),
                new CampPlan.Site("pool", "Victoria Road Pool", null)), people, sessions, List.of());
    }

    public Roster roster() {
        return RosterBuilder.build(plan(), hasPublished ? published : null);
    }

    public static final class PersonSpec {
        private final String id;
        private final PersonKind kind;
        private boolean youth;
        private boolean experienced = true;
        private final List<CampPlan.Credential> credentials = new ArrayList<>(List.of(new CampPlan.Credential(VSC, null)));
        private final List<CampPlan.WeeklyWindow> weekly = new ArrayList<>();
        private final List<CampPlan.Interval> dates = new ArrayList<>();
        private final List<CampPlan.Interval> unavailable = new ArrayList<>();
        private final List<String> likes = new ArrayList<>();
        private final List<String> dislikes = new ArrayList<>();
        private Double maxPerDay;
        private Double maxPerWeek;
        private Double minRest;
        private Double pledged;
        private Double outsideCap;
        private boolean anytime = true;
        private CampPlan.GuardianConsent consent;

        PersonSpec(String id, PersonKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public PersonSpec youth() {
            youth = true;
            return this;
        }

        public PersonSpec consentGiven(String day) {
            consent = new CampPlan.GuardianConsent(LocalDate.parse(day), "A parent", null);
            return this;
        }

        public PersonSpec newcomer() {
            experienced = false;
            return this;
        }

        public PersonSpec noCheck() {
            credentials.clear();
            return this;
        }

        public PersonSpec credential(String type, String validUntil) {
            credentials.add(new CampPlan.Credential(type, validUntil == null ? null : LocalDate.parse(validUntil)));
            return this;
        }

        /** Replaces round-the-clock availability with weekly windows. */
        public PersonSpec weekly(DayOfWeek day, String from, String to) {
            anytime = false;
            weekly.add(new CampPlan.WeeklyWindow(day, LocalTime.parse(from), LocalTime.parse(to)));
            return this;
        }

        public PersonSpec dated(String start, String end) {
            anytime = false;
            dates.add(new CampPlan.Interval(LocalDateTime.parse(start), LocalDateTime.parse(end)));
            return this;
        }

        public PersonSpec away(String start, String end) {
            unavailable.add(new CampPlan.Interval(LocalDateTime.parse(start), LocalDateTime.parse(end)));
            return this;
        }

        public PersonSpec likes(String activity) {
            likes.add(activity);
            return this;
        }

        public PersonSpec dislikes(String activity) {
            dislikes.add(activity);
            return this;
        }

        public PersonSpec maxHoursPerDay(double hours) {
            maxPerDay = hours;
            return this;
        }

        public PersonSpec maxHoursPerWeek(double hours) {
            maxPerWeek = hours;
            return this;
        }

        public PersonSpec minRestHours(double hours) {
            minRest = hours;
            return this;
        }

        public PersonSpec pledged(double hoursPerWeek) {
            pledged = hoursPerWeek;
            return this;
        }

        public PersonSpec maxHoursOutsideStandard(double hours) {
            outsideCap = hours;
            return this;
        }

        CampPlan.Person toPlan() {
            List<CampPlan.WeeklyWindow> windows = anytime
                    ? List.of(DayOfWeek.values()).stream()
                            .map(day -> new CampPlan.WeeklyWindow(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList()
                    : weekly;
            return new CampPlan.Person(id, id, kind, youth, experienced, null, null, credentials, null, null,
                    null, consent, maxPerDay, maxPerWeek, minRest, pledged, likes, dislikes,
                    new CampPlan.Availability(windows, dates, unavailable), null, outsideCap);
        }
    }

    public static final class SessionSpec {
        private final String id;
        private final LocalDateTime start;
        private final LocalDateTime end;
        private String site = "park";
        private String activity = "sports";
        private String series;
        private int children;
        private String ageGroup;
        private final List<CampPlan.SeatGroup> seats = new ArrayList<>();

        SessionSpec(String id, String start, String end) {
            this.id = id;
            this.start = LocalDateTime.parse(start);
            this.end = LocalDateTime.parse(end);
        }

        public SessionSpec at(String siteId) {
            site = siteId;
            return this;
        }

        public SessionSpec activity(String tag) {
            activity = tag;
            return this;
        }

        public SessionSpec series(String key) {
            series = key;
            return this;
        }

        public SessionSpec children(int count, String group) {
            children = count;
            ageGroup = group;
            return this;
        }

        public SessionSpec seat(String role, int count) {
            seats.add(new CampPlan.SeatGroup(role, count, null, null, 10));
            return this;
        }

        public SessionSpec seat(String role, List<String> requires, List<PersonKind> kinds, int priority) {
            seats.add(new CampPlan.SeatGroup(role, 1, requires, kinds, priority));
            return this;
        }

        CampPlan.Session toPlan() {
            List<CampPlan.SeatGroup> groups = seats.isEmpty()
                    ? List.of(new CampPlan.SeatGroup("Helper", 3, null, null, 10)) : seats;
            return new CampPlan.Session(id, id, activity, series, site, start, end, children, ageGroup, groups);
        }
    }

    public static SeatAssignment seat(Roster roster, String session, String role, int index) {
        return roster.getSeats().stream()
                .filter(s -> s.getSession().id().equals(session) && s.getRole().equals(role) && s.getRoleIndex() == index)
                .findFirst().orElseThrow();
    }

    public static SeatAssignment seat(Roster roster, String session, int helperIndex) {
        return seat(roster, session, "Helper", helperIndex);
    }

    public static Person person(Roster roster, String id) {
        return roster.getPeople().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** Seats the people in the seats, in order, and returns the seats. */
    public static SeatAssignment[] sit(Roster roster, Object... seatAndPerson) {
        SeatAssignment[] seated = new SeatAssignment[seatAndPerson.length / 2];
        for (int i = 0; i < seatAndPerson.length; i += 2) {
            SeatAssignment seat = (SeatAssignment) seatAndPerson[i];
            seat.offer(person(roster, (String) seatAndPerson[i + 1]));
            seat.setPerson(person(roster, (String) seatAndPerson[i + 1]));
            seated[i / 2] = seat;
        }
        return seated;
    }
}
