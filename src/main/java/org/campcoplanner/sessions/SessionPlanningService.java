package org.campcoplanner.sessions;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.FormText;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.PlainNames;
import org.campcoplanner.camp.Camp;
import org.campcoplanner.camp.CampRepository;
import org.campcoplanner.camp.EntitiesToPlan;
import org.campcoplanner.camp.Seat;
import org.campcoplanner.camp.Session;
import org.campcoplanner.camp.SessionRepository;
import org.campcoplanner.camp.Site;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanProblem;
import org.campcoplanner.planning.format.PlanReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sessions as planners set them up: whole series at once, a series changed as a whole, or one
 * occurrence changed on its own. Every change is checked with the same rules as a plan import
 * (times, camp days, enough seats for safeguarding), and a refused change saves nothing.
 */
@Service
public class SessionPlanningService {

    private final CampRepository camps;
    private final SessionRepository sessions;
    private final AuditTrail audit;
    private static final Pattern SESSION_PATH = Pattern.compile("^\\$\\.sessions\\[(\\d+)](?:\\.(\\w+))?");

    private final PlanReader checks = new PlanReader();

    SessionPlanningService(CampRepository camps, SessionRepository sessions, AuditTrail audit) {
        this.audit = audit;
        this.camps = camps;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<SeriesSummary> series(long campId) {
        Map<String, List<Session>> bySeries = sessions.findByCampWithSite(campId).stream()
                .filter(s -> s.getSeriesKey() != null)
                .collect(Collectors.groupingBy(Session::getSeriesKey, LinkedHashMap::new, Collectors.toList()));
        return bySeries.entrySet().stream().map(entry -> {
            List<Session> list = entry.getValue();
            Session first = list.get(0);
            return new SeriesSummary(entry.getKey(), first.getTitle(), first.getSite().getName(),
                    first.getStartAt().toLocalTime(), first.getEndAt().toLocalTime(), first.getStartAt().toLocalDate(),
                    list.get(list.size() - 1).getStartAt().toLocalDate(), list.size());
        }).toList();
    }

    /** The occurrences of a series, as forms to edit one of them. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<SessionForm> occurrences(long campId, String seriesName) {
        return sessions.findByCampWithSite(campId).stream()
                .filter(s -> Objects.equals(s.getSeriesKey(), seriesName))
                .map(s -> new SessionForm(s.getExternalId(), s.getTitle(), s.getActivity(), s.getSite().getExternalId(),
                        s.getStartAt(), s.getEndAt(), s.getChildren(), s.getAgeGroup(), seatLines(s), s.getVersion()))
                .toList();
    }

    /** Creates every session of the series; returns how many. */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public int createSeries(long campId, SeriesForm form) {
        List<InvalidFormException.FieldProblem> problems = SeriesDates.problemsOf(form);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        Camp camp = camps.getCamp(campId);
        CampPlan plan = sessionsOf(camp);
        List<LocalDate> days = SeriesDates.daysOf(form, plan.camp().startDate(), plan.camp().endDate());
        if (days.isEmpty()) {
            throw new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("days",
                    "sessions.problem.no-day-in-camp")));
        }
        List<CampPlan.Session> added = new ArrayList<>();
        int next = plan.sessions().size();
        for (LocalDate day : days) {
            LocalDateTime start = day.atTime(form.from());
            LocalDateTime end = SeriesDates.endOn(day, form.from(), form.to());
            added.add(new CampPlan.Session("s-new-" + next++, form.title(), FormText.blankToNull(form.activity()),
                    form.name(), form.siteId(), start, end, form.children(), FormText.blankToNull(form.ageGroup()),
                    seatGroups(form.seats())));
        }
        List<CampPlan.Session> all = new ArrayList<>(plan.sessions());
        all.addAll(added);
        refuseIfInvalid(withSessions(plan, all), plan.sessions().size());

        Site site = camp.getSites().stream().filter(s -> s.getExternalId().equals(form.siteId())).findFirst().orElseThrow();
        int number = camp.getSessions().size();
        for (CampPlan.Session session : added) {
            Session entity = camp.addSession(uniqueSessionId(camp, ++number), session.title(), site, session.start(),
                    session.end());
            entity.setActivity(session.activity());
            entity.setSeriesKey(form.name());
            entity.setChildren(form.children());
            entity.setAgeGroup(session.ageGroup());
            addSeats(entity, form.seats());
        }
        audit.record(campId, AuditAction.SESSIONS_CHANGED, "Series " + form.name() + " created", null,
                added.size() + " sessions " + DateStyle.timeRange(form.from(), form.to(), DateStyle.UNTRANSLATED) + " at "
                        + site.getName());
        return added.size();
    }

    /** Changes one occurrence only; its series keeps the others as they are. */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void updateSession(long campId, SessionForm form) {
        Camp camp = camps.getCamp(campId);
        CampPlan plan = sessionsOf(camp);
        List<CampPlan.Session> all = new ArrayList<>(plan.sessions());
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(form.sessionId())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("There is no session " + form.sessionId() + " in camp " + campId);
        }
        CampPlan.Session old = all.get(index);
        List<InvalidFormException.FieldProblem> seatProblems = SeriesDates.seatProblemsOf(form.seats());
        if (!seatProblems.isEmpty()) {
            throw new InvalidFormException(seatProblems);
        }
        all.set(index, new CampPlan.Session(old.id(), form.title(), FormText.blankToNull(form.activity()), old.series(),
                form.siteId(), form.start(), form.end(), form.children(), FormText.blankToNull(form.ageGroup()),
                seatGroups(form.seats())));
        refuseIfInvalid(withSessions(plan, all), index);

        Session session = camp.getSessions().stream().filter(s -> s.getExternalId().equals(form.sessionId()))
                .findFirst().orElseThrow();
        if (session.getVersion() != form.version()) {
            throw new SessionChangedMeanwhileException(PlainNames.sessionText(session.getTitle(), session.getStartAt()),
                    Text.of("sessions.changed-meanwhile.when-where", session.getStartAt().toLocalTime(),
                            session.getEndAt().toLocalTime(), session.getSite().getName()));
        }
        String before = describe(session);
        session.setTitle(form.title());
        session.setActivity(FormText.blankToNull(form.activity()));
        session.setSite(camp.getSites().stream().filter(s -> s.getExternalId().equals(form.siteId())).findFirst().orElseThrow());
        session.setStartAt(form.start());
        session.setEndAt(form.end());
        session.setChildren(form.children());
        session.setAgeGroup(FormText.blankToNull(form.ageGroup()));
        reseat(session, form.seats());
        audit.record(campId, AuditAction.SESSIONS_CHANGED, PlainNames.session(form.title(), form.start()), before, describe(session));
    }

    private static String describe(Session session) {
        return session.getTitle() + ", " + DateStyle.when(session.getStartAt(), session.getEndAt(), DateStyle.UNTRANSLATED)
                + " at " + session.getSite().getName() + ", " + session.getChildren() + " children, " + session.getSeats().size()
                + " seats";
    }

    /**
     * Brings a session's seats to the lines given, keeping every seat whose role and number stay
     * (and so who sits in it); seats no longer there go, with their assignments.
     */
    private static void reseat(Session session, List<SeatLine> lines) {
        Map<String, SeatLine> wanted = new LinkedHashMap<>();
        Map<String, Integer> perRole = new LinkedHashMap<>();
        for (SeatLine line : lines) {
            for (int i = 0; i < line.count(); i++) {
                int index = perRole.merge(line.role(), 1, Integer::sum);
                wanted.put(line.role() + "/" + index, line);
            }
        }
        session.getSeats().removeIf(seat -> !wanted.containsKey(seat.getRole() + "/" + seat.getRoleIndex()));
        for (Map.Entry<String, SeatLine> entry : wanted.entrySet()) {
            SeatLine line = entry.getValue();
            Seat seat = session.getSeats().stream()
                    .filter(s -> (s.getRole() + "/" + s.getRoleIndex()).equals(entry.getKey())).findFirst()
                    .orElseGet(() -> session.addSeat(line.role(), line.priority()));
            seat.setPriority(line.priority());
            seat.getRequiredCredentials().clear();
            seat.getRequiredCredentials().addAll(line.requires());
            seat.getAllowedKinds().clear();
            seat.getAllowedKinds().addAll(line.kinds().stream().sorted().toList());
        }
    }

    /** A session's seats as lines: consecutive seats of one role with the same needs are one line. */
    private static List<SeatLine> seatLines(Session session) {
        List<SeatLine> lines = new ArrayList<>();
        for (Seat seat : session.getSeats()) {
            SeatLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            SeatLine line = new SeatLine(seat.getRole(), 1, List.copyOf(seat.getRequiredCredentials()),
                    Set.copyOf(seat.getAllowedKinds()), seat.getPriority());
            if (last != null && last.role().equals(line.role()) && last.priority() == line.priority()
                    && last.requires().equals(line.requires()) && last.kinds().equals(line.kinds())) {
                lines.set(lines.size() - 1, new SeatLine(last.role(), last.count() + 1, last.requires(), last.kinds(),
                        last.priority()));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Changes title, place, times and children of every session of the series, keeping each one's date. */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public int updateSeries(long campId, String seriesName, SeriesForm change) {
        Camp camp = camps.getCamp(campId);
        CampPlan plan = sessionsOf(camp);
        List<CampPlan.Session> all = new ArrayList<>();
        int firstChanged = -1;
        for (CampPlan.Session s : plan.sessions()) {
            if (Objects.equals(s.series(), seriesName)) {
                firstChanged = firstChanged < 0 ? all.size() : firstChanged;
                LocalDate day = s.start().toLocalDate();
                LocalDateTime end = SeriesDates.endOn(day, change.from(), change.to());
                all.add(new CampPlan.Session(s.id(), change.title(), FormText.blankToNull(change.activity()), s.series(),
                        change.siteId(), day.atTime(change.from()), end, change.children(),
                        FormText.blankToNull(change.ageGroup()), s.seats()));
            } else {
                all.add(s);
            }
        }
        if (firstChanged < 0) {
            throw new IllegalArgumentException("There is no series '" + seriesName + "' in camp " + campId);
        }
        refuseIfInvalid(withSessions(plan, all), firstChanged);

        Site site = camp.getSites().stream().filter(s -> s.getExternalId().equals(change.siteId())).findFirst().orElseThrow();
        int changed = 0;
        for (Session session : camp.getSessions()) {
            if (Objects.equals(session.getSeriesKey(), seriesName)) {
                LocalDate day = session.getStartAt().toLocalDate();
                session.setTitle(change.title());
                session.setActivity(FormText.blankToNull(change.activity()));
                session.setSite(site);
                session.setStartAt(day.atTime(change.from()));
                session.setEndAt(SeriesDates.endOn(day, change.from(), change.to()));
                session.setChildren(change.children());
                session.setAgeGroup(FormText.blankToNull(change.ageGroup()));
                changed++;
            }
        }
        audit.record(campId, AuditAction.SESSIONS_CHANGED, "Series " + seriesName + " changed", null,
                changed + " sessions now " + change.title() + ", "
                        + DateStyle.timeRange(change.from(), change.to(), DateStyle.UNTRANSLATED) + " at "
                        + site.getName());
        return changed;
    }

    /** The camp as a plan to check session edits against; the checks concern sessions, not who sits where. */
    private static CampPlan sessionsOf(Camp camp) {
        return EntitiesToPlan.withoutAssignments(camp);
    }

    private void refuseIfInvalid(CampPlan plan, int firstIndexToCheck) {
        List<InvalidFormException.FieldProblem> problems = new ArrayList<>();
        for (PlanProblem problem : checks.check(plan)) {
            Matcher m = SESSION_PATH.matcher(problem.path());
            if (m.find() && Integer.parseInt(m.group(1)) >= firstIndexToCheck) {
                String field = fieldOf(m.group(2));
                if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                    problems.add(new InvalidFormException.FieldProblem(field, problem.reason()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
    }

    private static String fieldOf(String planField) {
        if (planField == null) {
            return "";
        }
        return switch (planField) {
            case "start" -> "from";
            case "end" -> "to";
            case "site" -> "site";
            case "seats" -> "seats";
            default -> planField;
        };
    }

    private static CampPlan withSessions(CampPlan plan, List<CampPlan.Session> all) {
        return new CampPlan(plan.formatVersion(), null, plan.camp(), plan.sites(), plan.people(), all,
                plan.assignments());
    }

    private static List<CampPlan.SeatGroup> seatGroups(List<SeatLine> seats) {
        return seats.stream().map(line -> new CampPlan.SeatGroup(line.role(), line.count(),
                line.requires().isEmpty() ? null : line.requires(),
                line.kinds().isEmpty() ? null : line.kinds().stream().sorted(Comparator.naturalOrder()).toList(),
                line.priority())).toList();
    }

    private static void addSeats(Session session, List<SeatLine> lines) {
        for (SeatLine line : lines) {
            for (int i = 0; i < line.count(); i++) {
                Seat seat = session.addSeat(line.role(), line.priority());
                seat.getRequiredCredentials().addAll(line.requires());
                seat.getAllowedKinds().addAll(line.kinds().stream().sorted().toList());
            }
        }
    }

    private static String uniqueSessionId(Camp camp, int number) {
        String id = "s" + number;
        while (true) {
            String candidate = id;
            if (camp.getSessions().stream().noneMatch(s -> s.getExternalId().equals(candidate))) {
                return candidate;
            }
            id = id + "b";
        }
    }

}
