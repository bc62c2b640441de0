package org.campcoplanner.planning.format;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks the schema cannot express: real dates, a known time zone, unique ids, resolvable
 * references, session times within the camp, enough seats for safeguarding, assignments that
 * name real seats once, and guardian consents on youth only. It reads the raw document leniently,
 * skipping what the schema check already reported, so that one pass reports everything.
 */
final class ConsistencyCheck {

    private static final Duration LONGEST_SESSION = Duration.ofHours(24);

    private final JsonNode document;
    private final List<PlanProblem> problems = new ArrayList<>();
    private final Map<String, Integer> siteIndexById = new HashMap<>();
    private final Map<String, Integer> personIndexById = new HashMap<>();
    private final Map<String, JsonNode> sessionById = new HashMap<>();
    private LocalDate campStart;
    private LocalDate campEnd;

    private ConsistencyCheck(JsonNode document) {
        this.document = document;
    }

    static List<PlanProblem> check(JsonNode document) {
        ConsistencyCheck check = new ConsistencyCheck(document);
        check.checkCamp();
        check.checkSites();
        check.checkPeople();
        check.checkSessions();
        check.checkAssignments();
        check.problems.addAll(DirectionControls.check(document));
        return check.problems;
    }

    private void checkCamp() {
        JsonNode camp = document.path("camp");
        String zone = text(camp.get("timeZone"));
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
            problems.add(PlanProblem.of("$.camp.timeZone", "format.camp.time-zone", zone));
        }
        campStart = date(camp.get("startDate"), "$.camp.startDate").orElse(null);
        campEnd = date(camp.get("endDate"), "$.camp.endDate").orElse(null);
        if (campStart != null && campEnd != null && campEnd.isBefore(campStart)) {
            problems.add(PlanProblem.of("$.camp.endDate", "format.camp.end-before-start", campEnd.toString(),
                    campStart.toString()));
        } else if (campStart != null && campEnd != null
                && ChronoUnit.DAYS.between(campStart, campEnd) + 1 > PlanLimits.MAX_CAMP_DAYS) {
            problems.add(PlanProblem.of("$.camp.endDate", "format.camp.too-long",
                    ChronoUnit.DAYS.between(campStart, campEnd) + 1, PlanLimits.MAX_CAMP_DAYS));
        }
    }

    private void checkSites() {
        collectIds("sites", "site", siteIndexById);
    }

    private void checkPeople() {
        collectIds("people", "person", personIndexById);
        JsonNode people = document.path("people");
        for (int p = 0; p < people.size(); p++) {
            String personPath = "$.people[" + p + "]";
            JsonNode person = people.get(p);
            JsonNode credentials = person.path("credentials");
            for (int c = 0; c < credentials.size(); c++) {
                date(credentials.get(c).get("validUntil"), personPath + ".credentials[" + c + "].validUntil");
            }
            JsonNode availability = person.path("availability");
            checkIntervals(availability.path("dates"), personPath + ".availability.dates");
            checkIntervals(availability.path("unavailable"), personPath + ".availability.unavailable");
            checkGuardianConsent(person, personPath);
        }
    }

    /**
     * A consent is a youth's: on an adult it is a mistake in the file, not something to drop quietly.
     * Its date may lie after the camp (consent recorded late, or already for next summer); it is kept as
     * written, and covers only sessions from that day on.
     */
    private void checkGuardianConsent(JsonNode person, String personPath) {
        JsonNode consent = person.get("guardianConsent");
        if (consent == null || !consent.isObject()) {
            return;
        }
        date(consent.get("given"), personPath + ".guardianConsent.given");
        JsonNode youth = person.get("youth");
        boolean notYouth = youth == null || (youth.isBoolean() && !youth.asBoolean());
        if (notYouth) {
            problems.add(PlanProblem.of(personPath + ".guardianConsent", "format.consent.not-youth"));
        }
    }

    private void checkIntervals(JsonNode intervals, String path) {
        for (int i = 0; i < intervals.size(); i++) {
            String intervalPath = path + "[" + i + "]";
            Optional<LocalDateTime> start = dateTime(intervals.get(i).get("start"), intervalPath + ".start");
            Optional<LocalDateTime> end = dateTime(intervals.get(i).get("end"), intervalPath + ".end");
            if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
                problems.add(PlanProblem.of(intervalPath + ".end", "format.interval.end-before-start", format(start.get())));
            }
        }
    }

    private void checkSessions() {
        Map<String, Integer> sessionIndexById = new HashMap<>();
        collectIds("sessions", "session", sessionIndexById);
        JsonNode sessions = document.path("sessions");
        long allSeats = 0;
        for (int s = 0; s < sessions.size(); s++) {
            JsonNode session = sessions.get(s);
            String path = "$.sessions[" + s + "]";
            String id = text(session.get("id"));
            if (id != null && sessionIndexById.get(id) == s) {
                sessionById.put(id, session);
            }
            String site = text(session.get("site"));
            if (site != null && !siteIndexById.containsKey(site)) {
                problems.add(PlanProblem.of(path + ".site", "format.session.unknown-site", site));
            }
            checkSessionTimes(session, path);
            long seats = seatCount(session.get("seats"));
            allSeats += seats;
            if (seats > PlanLimits.MAX_SEATS_PER_SESSION) {
                problems.add(PlanProblem.of(path + ".seats", "format.session.too-many-seats", seats,
                        PlanLimits.MAX_SEATS_PER_SESSION));
            } else {
                checkSafeguardingSeats(session, path, seats);
            }
        }
        if (allSeats > PlanLimits.MAX_SEATS) {
            problems.add(PlanProblem.of("$.sessions", "format.sessions.too-many-seats", allSeats, PlanLimits.MAX_SEATS));
        }
    }

    /**
     * The seats of a session's lines, added up exactly: a count the schema refused as too big still
     * counts as what it says, so nothing wraps around; a count that is no whole number counts as 1.
     */
    private static long seatCount(JsonNode seats) {
        if (seats == null || !seats.isArray()) {
            return 0;
        }
        long count = 0;
        for (JsonNode seat : seats) {
            count = saturatedAdd(count, countOf(seat));
        }
        return count;
    }

    private static long countOf(JsonNode seat) {
        JsonNode count = seat.path("count");
        if (!count.isIntegralNumber()) {
            return 1;
        }
        return count.canConvertToLong() ? Math.max(0, count.asLong()) : Long.MAX_VALUE;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private void checkSessionTimes(JsonNode session, String path) {
        Optional<LocalDateTime> start = dateTime(session.get("start"), path + ".start");
        Optional<LocalDateTime> end = dateTime(session.get("end"), path + ".end");
        if (start.isPresent() && campStart != null && campEnd != null && !campEnd.isBefore(campStart)) {
            LocalDate day = start.get().toLocalDate();
            if (day.isBefore(campStart) || day.isAfter(campEnd)) {
                problems.add(PlanProblem.of(path + ".start", "format.session.outside-camp", day.toString(),
                        campStart.toString(), campEnd.toString()));
            }
        }
        if (start.isPresent() && end.isPresent()) {
            if (!end.get().isAfter(start.get())) {
                problems.add(PlanProblem.of(path + ".end", "format.session.end-before-start", format(start.get())));
            } else if (Duration.between(start.get(), end.get()).compareTo(LONGEST_SESSION) > 0) {
                problems.add(PlanProblem.of(path + ".end", "format.session.too-long", format(start.get())));
            }
        }
    }

    private void checkSafeguardingSeats(JsonNode session, String path, long seatCount) {
        JsonNode seats = session.get("seats");
        if (seats == null || !seats.isArray() || seats.isEmpty()) {
            return;
        }
        JsonNode childrenNode = session.path("children");
        if (childrenNode.isIntegralNumber() && !(childrenNode.canConvertToInt()
                && childrenNode.asInt() <= PlanLimits.MAX_CHILDREN_PER_SESSION)) {
            // the schema check named it; a ratio of an impossible number of children means nothing
            return;
        }
        int children = childrenNode.isInt() ? Math.max(0, childrenNode.asInt()) : 0;
        String ageGroup = text(session.get("ageGroup"));
        int perAdult = childrenPerAdult(ageGroup);
        int adultsNeeded = CampPlan.adultsNeeded(children, perAdult);
        if (seatCount < adultsNeeded) {
            problems.add(ageGroup == null
                    ? PlanProblem.of(path + ".seats", "format.session.too-few-seats", seatCount, adultsNeeded, children,
                            perAdult)
                    : PlanProblem.of(path + ".seats", "format.session.too-few-seats-aged", seatCount, adultsNeeded,
                            children, perAdult, ageGroup));
        }
    }

    private int childrenPerAdult(String ageGroup) {
        JsonNode ratios = document.path("camp").path("rules").path("childrenPerAdult");
        JsonNode ratio = ageGroup == null ? null : ratios.get(ageGroup);
        if (ratio == null || !ratio.isInt() || ratio.asInt() < 1) {
            ratio = ratios.get(CampPlan.DEFAULT_AGE_GROUP);
        }
        return ratio != null && ratio.isInt() && ratio.asInt() >= 1 ? ratio.asInt() : CampPlan.DEFAULT_CHILDREN_PER_ADULT;
    }

    private void checkAssignments() {
        Map<String, String> pathBySeat = new HashMap<>();
        JsonNode assignments = document.path("assignments");
        for (int a = 0; a < assignments.size(); a++) {
            JsonNode assignment = assignments.get(a);
            String path = "$.assignments[" + a + "]";
            String person = text(assignment.get("person"));
            if (person != null && !personIndexById.containsKey(person)) {
                problems.add(PlanProblem.of(path + ".person", "format.assignment.unknown-person", person));
            }
            String sessionId = text(assignment.get("session"));
            if (sessionId == null) {
                continue;
            }
            JsonNode session = sessionById.get(sessionId);
            if (session == null) {
                problems.add(PlanProblem.of(path + ".session", "format.assignment.unknown-session", sessionId));
                continue;
            }
            String role = text(assignment.get("role"));
            if (role == null || !assignment.path("index").isInt()) {
                continue;
            }
            long seatsOfRole = seatsOfRole(session, role);
            int index = assignment.path("index").asInt();
            if (seatsOfRole == 0) {
                problems.add(PlanProblem.of(path + ".role", "format.assignment.unknown-role", sessionId, role));
            } else if (index > seatsOfRole) {
                problems.add(PlanProblem.of(path + ".index", "format.assignment.index-beyond", sessionId, role,
                        seatsOfRole));
            } else if (index >= 1) {
                String seatKey = sessionId + "\u0000" + role + "\u0000" + index;
                String earlier = pathBySeat.putIfAbsent(seatKey, path);
                if (earlier != null) {
                    problems.add(PlanProblem.of(path, "format.assignment.seat-twice", role, index, sessionId, earlier));
                }
            }
        }
    }

    private static long seatsOfRole(JsonNode session, String role) {
        long count = 0;
        for (JsonNode seat : session.path("seats")) {
            if (role.equals(text(seat.get("role")))) {
                count = saturatedAdd(count, countOf(seat));
            }
        }
        return count;
    }

    private void collectIds(String arrayName, String noun, Map<String, Integer> indexById) {
        JsonNode items = document.path(arrayName);
        for (int i = 0; i < items.size(); i++) {
            String id = text(items.get(i).get("id"));
            if (id == null) {
                continue;
            }
            Integer first = indexById.putIfAbsent(id, i);
            if (first != null) {
                problems.add(PlanProblem.of("$." + arrayName + "[" + i + "].id", "format.id.duplicate." + noun, id,
                        "$." + arrayName + "[" + first + "]"));
            }
        }
    }

    private Optional<LocalDate> date(JsonNode node, String path) {
        return parse(node, path, PlanJson.DATE, "format.date.not-real").map(LocalDate::from);
    }

    private Optional<LocalDateTime> dateTime(JsonNode node, String path) {
        return parse(node, path, PlanJson.DATE_TIME, "format.date-time.not-real").map(LocalDateTime::from);
    }

    private Optional<java.time.temporal.TemporalAccessor> parse(JsonNode node, String path,
                                                                DateTimeFormatter formatter, String notRealKey) {
        String value = text(node);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(formatter.parse(value));
        } catch (DateTimeParseException e) {
            // a wrong shape is the schema check's finding; only a well-formed but impossible value is ours
            if (value.matches("\\d{4}-\\d{2}-\\d{2}(T([01]\\d|2[0-3]):[0-5]\\d)?")) {
                problems.add(PlanProblem.of(path, notRealKey, value));
            }
            return Optional.empty();
        }
    }

    private static String format(LocalDateTime dateTime) {
        return PlanJson.DATE_TIME.format(dateTime);
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
