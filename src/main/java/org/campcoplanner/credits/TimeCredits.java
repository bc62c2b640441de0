package org.campcoplanner.credits;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.PlainNames;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.campcoplanner.signoff.PublishedRevisions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Time banking (DOMAIN.md section 5): the leader or staff member on site confirms who came, each
 * confirmed hour earns one credit whatever the task, planners record credits spent, and everyone
 * sees their own ledger. Confirming twice never credits twice.
 */
@Service
public class TimeCredits {

    private final AttendanceRepository attendance;
    private final CreditSpentRepository spending;
    private final PublishedRevisions published;
    private final PersonDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    TimeCredits(AttendanceRepository attendance, CreditSpentRepository spending, PublishedRevisions published,
                PersonDirectory directory, AuditTrail audit, Clock clock) {
        this.attendance = attendance;
        this.spending = spending;
        this.published = published;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The published sessions of a day, to pick the one to check people in to. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<CheckInSession> sessionsOn(long campId, LocalDate day) {
        return published.of(campId).map(p -> {
            Map<String, String> sites = p.plan().sites().stream()
                    .collect(Collectors.toMap(CampPlan.Site::id, CampPlan.Site::name));
            return p.plan().sessions().stream().filter(s -> s.start().toLocalDate().equals(day))
                    .sorted(Comparator.comparing(CampPlan.Session::start))
                    .map(s -> new CheckInSession(s.id(), s.title(), sites.get(s.site()), s.start(), s.end())).toList();
        }).orElse(List.of());
    }

    /** Who is rostered on the session in the published roster, and who is confirmed already. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<CheckInRow> checkInList(long campId, String sessionId) {
        CampPlan plan = publishedPlan(campId);
        Map<String, String> names = plan.people().stream()
                .collect(Collectors.toMap(CampPlan.Person::id, CampPlan.Person::name));
        Map<Long, Attendance> confirmed = attendance.findByCampIdAndSessionId(campId, sessionId).stream()
                .collect(Collectors.toMap(Attendance::getPersonId, Function.identity()));
        return plan.assignments().stream().filter(a -> a.session().equals(sessionId) && a.person() != null)
                .map(a -> {
                    Long personId = directory.byPlanId(campId, a.person()).map(PersonRef::id).orElse(null);
                    Attendance came = personId == null ? null : confirmed.get(personId);
                    return new CheckInRow(a.person(), names.get(a.person()), a.role(), a.index(),
                            came == null ? null : came.getConfirmedByName());
                }).toList();
    }

    /**
     * Confirms that a rostered person came to a session that has started. Confirming again
     * changes nothing; the answer says whether this call earned the credits.
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public boolean confirm(long campId, String sessionId, String planPersonId) {
        CampPlan plan = publishedPlan(campId);
        CampPlan.Session session = plan.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> invalid("session", "credits.problem.no-such-session", sessionId));
        boolean rostered = plan.assignments().stream()
                .anyMatch(a -> a.session().equals(sessionId) && planPersonId.equals(a.person()));
        if (!rostered) {
            throw invalid("person", "credits.problem.not-on-roster");
        }
        PersonRef person = directory.byPlanId(campId, planPersonId).orElseThrow();
        if (CurrentUser.get().map(CampUser::personId).filter(own -> own == person.id()).isPresent()) {
            throw invalid("person", "credits.problem.own-attendance");
        }
        if (session.start().isAfter(LocalDateTime.now(clock.withZone(person.timeZone())))) {
            throw invalid("session", "credits.problem.not-started");
        }
        // a second planner confirming at the same moment waits here, then finds the attendance
        attendance.lockPerson(person.id());
        if (attendance.findByPersonIdAndSessionId(person.id(), sessionId).isPresent()) {
            return false;
        }
        double hours = Duration.between(session.start(), session.end()).toMinutes() / 60.0;
        String by = CurrentUser.name();
        String byName = CurrentUser.get().map(CampUser::displayName).orElse(by);
        attendance.saveAndFlush(new Attendance(campId, person.id(), sessionId, session.title(), session.start(),
                session.end(), hours, by, byName, clock.instant()));
        audit.record(campId, AuditAction.ATTENDANCE_CONFIRMED, person.name() + " at "
                + PlainNames.session(session.title(), session.start()), null, hours + " credits");
        return true;
    }

    /** The signed-in person's own ledger; empty for an account that is no person of a camp. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Ledger> mine() {
        return directory.signedIn().map(this::ledgerOf);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlanPersonOf(#personId)")
    public Ledger of(long personId) {
        return ledgerOf(directory.byId(personId).orElseThrow());
    }

    /**
     * Records credits a person spent. Nobody spends more than they have earned.
     *
     * @throws InvalidFormException naming {@code hours} or {@code what}
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlanPersonOf(#personId)")
    public Ledger recordSpent(long personId, double hours, String what) {
        PersonRef person = directory.byId(personId).orElseThrow();
        attendance.lockPerson(personId);
        Ledger before = ledgerOf(person);
        String text = what == null ? "" : what.strip();
        if (text.isEmpty() || text.length() > 300) {
            throw invalid("what", "credits.problem.spent-on");
        }
        if (!(hours > 0) || hours > 1000) {
            throw invalid("hours", "credits.problem.hours-missing");
        }
        if (hours > before.balance() + 1e-9) {
            throw invalid("hours", "credits.problem.too-few", person.name(), before.balance(), hours);
        }
        spending.save(new CreditSpent(person.campId(), personId, hours, text, CurrentUser.name(), clock.instant()));
        audit.record(person.campId(), AuditAction.CREDITS_SPENT, person.name(),
                before.balance() + " credits", (before.balance() - hours) + " credits after " + text);
        return ledgerOf(person);
    }

    private Ledger ledgerOf(PersonRef person) {
        return new Ledger(person.name(), person.campName(), person.neighbourhood(), attendance.findByPersonIdOrderByShiftStart(person.id()).stream()
                        .map(ConfirmedHours::of).toList(),
                spending.findByPersonIdOrderByRecordedAt(person.id()).stream().map(SpentCredits::of).toList());
    }

    private CampPlan publishedPlan(long campId) {
        return published.of(campId).map(PublishedRevisions.Published::plan)
                .orElseThrow(() -> invalid("session", "credits.problem.nothing-published"));
    }

    private static InvalidFormException invalid(String field, String key, Object... args) {
        return new InvalidFormException(List.of(InvalidFormException.FieldProblem.of(field, key, args)));
    }
}
