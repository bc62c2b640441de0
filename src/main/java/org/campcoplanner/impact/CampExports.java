package org.campcoplanner.impact;

import org.campcoplanner.base.Texts;
import org.campcoplanner.credits.AttendedShift;
import org.campcoplanner.credits.SpentEntry;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV files staff take to their systems: the published roster, attendance, hours per person
 * (with staff hours outside their standard hours, for payroll), the credits ledger and the impact
 * figures. Headings are in the reader's language; dates, times and numbers in one form any
 * spreadsheet reads (2026-07-06 09:00, 2.5).
 */
@Service
public class CampExports {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ImpactService impact;
    private final Texts texts;

    CampExports(ImpactService impact, Texts texts) {
        this.impact = impact;
        this.texts = texts;
    }

    /** Every seat of the published roster; an empty seat has no person. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CsvExport roster(long campId, Locale reader) {
        CampPlan plan = impact.publishedPlan(campId).orElse(null);
        List<List<Object>> rows = new ArrayList<>();
        if (plan != null) {
            Map<String, CampPlan.Session> sessions = byId(plan.sessions(), CampPlan.Session::id);
            Map<String, String> sites = plan.sites().stream().collect(Collectors.toMap(CampPlan.Site::id, CampPlan.Site::name));
            Map<String, CampPlan.Person> people = byId(plan.people(), CampPlan.Person::id);
            plan.assignments().stream()
                    .sorted(Comparator.comparing((CampPlan.Assignment a) -> sessions.get(a.session()).start())
                            .thenComparing(CampPlan.Assignment::session).thenComparing(CampPlan.Assignment::role)
                            .thenComparing(CampPlan.Assignment::index))
                    .forEach(seat -> {
                        CampPlan.Session session = sessions.get(seat.session());
                        CampPlan.Person person = seat.person() == null ? null : people.get(seat.person());
                        rows.add(List.of(session.title(), orEmpty(sites.get(session.site())), moment(session.start()),
                                moment(session.end()), seat.role(), seat.index() + 1,
                                person == null ? "" : person.name(), person == null ? "" : kind(person.kind(), reader)));
                    });
        }
        return new CsvExport("roster-" + campId + ".csv", SpreadsheetCsv.write(header(reader,
                "impact.csv.session", "impact.csv.site", "impact.csv.start", "impact.csv.end", "impact.csv.role",
                "impact.csv.seat", "impact.csv.person", "impact.csv.kind"), rows));
    }

    /** Every confirmed attendance, with who confirmed it. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CsvExport attendance(long campId, Locale reader) {
        ImpactInputs in = impact.inputs(campId);
        List<List<Object>> rows = in.attendance().stream().filter(a -> in.people().containsKey(a.personId()))
                .map(a -> List.<Object>of(in.people().get(a.personId()).name(), residentOrStaff(in, a.personId(), reader),
                        a.sessionTitle(), moment(a.start()), moment(a.end()), a.hours(), a.confirmedByName()))
                .toList();
        return new CsvExport("attendance-" + campId + ".csv", SpreadsheetCsv.write(header(reader,
                "impact.csv.person", "impact.csv.resident-or-staff", "impact.csv.session", "impact.csv.start",
                "impact.csv.end", "impact.csv.hours", "impact.csv.confirmed-by"), rows));
    }

    /**
     * Per person: hours on the published roster, confirmed hours, and for staff the confirmed hours
     * outside their standard working hours, which payroll pays differently.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CsvExport hours(long campId, Locale reader) {
        ImpactInputs in = impact.inputs(campId);
        CampPlan plan = impact.publishedPlan(campId).orElse(null);
        Map<Long, Double> rostered = new HashMap<>();
        Map<Long, Double> outside = new HashMap<>();
        if (plan != null) {
            Map<String, CampPlan.Session> sessions = byId(plan.sessions(), CampPlan.Session::id);
            plan.assignments().stream().filter(a -> a.person() != null && in.planIds().containsKey(a.person()))
                    .forEach(a -> rostered.merge(in.planIds().get(a.person()), hoursOf(sessions.get(a.session())), Double::sum));
            Roster roster = RosterBuilder.build(plan);
            Map<String, Session> planned = byId(roster.getSessions(), Session::id);
            Map<String, Person> planPeople = byId(roster.getPeople(), Person::id);
            Map<Long, String> planIdOf = in.planIds().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
            for (AttendedShift shift : in.attendance()) {
                Person person = planPeople.get(planIdOf.get(shift.personId()));
                Session session = planned.get(shift.sessionId());
                if (person != null && session != null && person.kind() == PersonKind.STAFF) {
                    outside.merge(shift.personId(), person.minutesOutsideStandardHours(session) / 60.0, Double::sum);
                }
            }
        }
        Map<Long, Double> confirmed = in.attendance().stream()
                .collect(Collectors.groupingBy(AttendedShift::personId, Collectors.summingDouble(AttendedShift::hours)));
        Map<Long, Double> spent = in.spent().stream()
                .collect(Collectors.groupingBy(SpentEntry::personId, Collectors.summingDouble(SpentEntry::hours)));
        List<List<Object>> rows = in.people().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(ImpactInputs.Participant::name)))
                .map(entry -> {
                    long id = entry.getKey();
                    double given = confirmed.getOrDefault(id, 0.0);
                    double used = spent.getOrDefault(id, 0.0);
                    List<Object> row = new ArrayList<>(List.of(entry.getValue().name(), residentOrStaff(in, id, reader),
                            texts.say(reader, entry.getValue().youth() ? "impact.csv.yes" : "impact.csv.no"),
                            rostered.getOrDefault(id, 0.0), given));
                    row.add(entry.getValue().resident() ? null : outside.getOrDefault(id, 0.0));
                    row.add(used);
                    row.add(given - used);
                    return row;
                }).toList();
        return new CsvExport("hours-" + campId + ".csv", SpreadsheetCsv.write(header(reader,
                "impact.csv.person", "impact.csv.resident-or-staff", "impact.csv.youth", "impact.csv.rostered-hours",
                "impact.csv.confirmed-hours", "impact.csv.outside-standard-hours", "impact.csv.credits-spent",
                "impact.csv.balance"), rows));
    }

    /** Every credit earned and spent, person by person in date order, with the balance after each. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CsvExport ledger(long campId, Locale reader) {
        ImpactInputs in = impact.inputs(campId);
        record Entry(long personId, LocalDateTime when, String what, double credits) {
        }
        List<Entry> entries = new ArrayList<>();
        in.attendance().forEach(a -> entries.add(new Entry(a.personId(), a.start(), a.sessionTitle(), a.hours())));
        in.spent().forEach(s -> entries.add(new Entry(s.personId(), LocalDateTime.ofInstant(s.recordedAt(), in.zone()),
                s.what(), -s.hours())));
        Map<Long, Double> balances = new HashMap<>();
        List<List<Object>> rows = entries.stream().filter(e -> in.people().containsKey(e.personId()))
                .sorted(Comparator.comparing((Entry e) -> in.people().get(e.personId()).name())
                        .thenComparing(Entry::personId).thenComparing(Entry::when))
                .map(e -> List.<Object>of(in.people().get(e.personId()).name(), moment(e.when()),
                        texts.say(reader, e.credits() >= 0 ? "impact.csv.earned" : "impact.csv.spent"), e.what(),
                        Math.abs(e.credits()), balances.merge(e.personId(), e.credits(), Double::sum)))
                .toList();
        return new CsvExport("credits-" + campId + ".csv", SpreadsheetCsv.write(header(reader,
                "impact.csv.person", "impact.csv.date", "impact.csv.entry", "impact.csv.what", "impact.csv.credits",
                "impact.csv.balance"), rows));
    }

    /** The figures of the impact page for the period, one per row, weekly ones with their week. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CsvExport figures(long campId, LocalDate from, LocalDate to, Locale reader) {
        ImpactFigures f = impact.figures(campId, from, to);
        List<List<Object>> rows = new ArrayList<>();
        figure(rows, reader, "impact.figure.resident-hours", f.residentHours());
        figure(rows, reader, "impact.figure.staff-hours", f.staffHours());
        figure(rows, reader, "impact.figure.residents", f.residents());
        figure(rows, reader, "impact.figure.new-residents", f.newResidents());
        figure(rows, reader, "impact.figure.returning-residents", f.returningResidents());
        figure(rows, reader, "impact.figure.sessions-held", f.sessionsHeld());
        figure(rows, reader, "impact.figure.sessions-joint", f.sessionsJoint());
        figure(rows, reader, "impact.figure.youth", f.youthTookPart());
        figure(rows, reader, "impact.figure.youth-hours", f.youthHours());
        figure(rows, reader, "impact.figure.youth-forty", f.youthReachedForty());
        figure(rows, reader, "impact.figure.credits-earned", f.creditsEarned());
        figure(rows, reader, "impact.figure.credits-spent", f.creditsSpent());
        figure(rows, reader, "impact.figure.seats-filled", f.seatsFilled());
        figure(rows, reader, "impact.figure.seats-empty", f.seatsEmpty());
        figure(rows, reader, "impact.figure.no-shows", f.noShows());
        figure(rows, reader, "impact.figure.reflections", f.reflections());
        for (WeekFigures week : f.weeks()) {
            String monday = week.monday().toString();
            rows.add(List.of(texts.say(reader, "impact.figure.resident-hours"), monday, week.residentHours()));
            rows.add(List.of(texts.say(reader, "impact.figure.staff-hours"), monday, week.staffHours()));
            rows.add(List.of(texts.say(reader, "impact.figure.seats-filled"), monday, week.seatsFilled()));
            rows.add(List.of(texts.say(reader, "impact.figure.seats-empty"), monday, week.seatsEmpty()));
        }
        return new CsvExport("impact-" + campId + "-" + from + "-" + to + ".csv", SpreadsheetCsv.write(header(reader,
                "impact.csv.figure", "impact.csv.week", "impact.csv.value"), rows));
    }

    private void figure(List<List<Object>> rows, Locale reader, String key, Object value) {
        List<Object> row = new ArrayList<>();
        row.add(texts.say(reader, key));
        row.add(null);
        row.add(value);
        rows.add(row);
    }

    private List<String> header(Locale reader, String... keys) {
        return Arrays.stream(keys).map(key -> texts.say(reader, key)).toList();
    }

    private String residentOrStaff(ImpactInputs in, long personId, Locale reader) {
        return texts.say(reader, in.people().get(personId).resident() ? "impact.csv.resident" : "impact.csv.staff");
    }

    private String kind(PersonKind kind, Locale reader) {
        return texts.say(reader, switch (kind) {
            case VOLUNTEER -> "base.person-kind.volunteer";
            case LEADER -> "base.person-kind.leader";
            case STAFF -> "base.person-kind.staff";
        });
    }

    private static double hoursOf(CampPlan.Session session) {
        return session == null ? 0 : Duration.between(session.start(), session.end()).toMinutes() / 60.0;
    }

    private static String moment(LocalDateTime moment) {
        return MOMENT.format(moment);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
