package org.campcoplanner.shifts;

import org.campcoplanner.account.CalendarTokens;
import org.campcoplanner.account.CampPlanners;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.PlainNames;
import org.campcoplanner.base.Texts;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.planning.Text;
import org.campcoplanner.roster.CampChanges;
import org.campcoplanner.signoff.PublishedRevisions;
import org.campcoplanner.signoff.PublishedRevisions.Published;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A signed-in person's own published shifts, and "I can't make it": only ever the person's own,
 * whatever they ask for.
 */
@Service
public class MyShiftsService {

    static final int MAX_REASON = 500;

    private final PersonDirectory directory;
    private final PublishedRevisions published;
    private final WithdrawalRepository withdrawals;
    private final CalendarTokens tokens;
    private final CampPlanners planners;
    private final Inbox inbox;
    private final CampChanges changes;
    private final AuditTrail audit;
    private final Texts texts;
    private final Clock clock;

    MyShiftsService(PersonDirectory directory, PublishedRevisions published, WithdrawalRepository withdrawals,
                    CalendarTokens tokens, CampPlanners planners, Inbox inbox, CampChanges changes, AuditTrail audit,
                    Texts texts, Clock clock) {
        this.texts = texts;
        this.planners = planners;
        this.inbox = inbox;
        this.tokens = tokens;
        this.directory = directory;
        this.published = published;
        this.withdrawals = withdrawals;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Empty for an account that is no person of a camp. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MyShifts> mine() {
        return directory.signedIn().map(this::shiftsOf);
    }

    /**
     * The person's shifts in iCalendar, for the secret feed URL: calendar apps cannot sign in, so
     * the secret is the only key, and it opens this one person's shifts.
     */
    @Transactional(readOnly = true)
    public Optional<String> calendarFeed(String token) {
        return tokens.personOf(token).flatMap(directory::byId).map(person -> {
            Optional<Published> revision = published.of(person.campId());
            Locale language = directory.languageOf(person.id()).locale();
            return CalendarFeed.of(shiftsOf(person, revision), revision.map(Published::publishedAt).orElse(null),
                    text -> texts.say(text, language));
        });
    }

    MyShifts shiftsOf(PersonRef person) {
        return shiftsOf(person, published.of(person.campId()));
    }

    private MyShifts shiftsOf(PersonRef person, Optional<Published> revision) {
        List<MyShift> all = revision.map(r -> ShiftsOfPerson.all(r, person.planId(), withdrawnSeats(person)))
                .orElse(List.of());
        LocalDateTime now = LocalDateTime.now(clock.withZone(person.timeZone()));
        List<MyShift> upcoming = all.stream().filter(s -> s.end().isAfter(now)).toList();
        List<MyShift> past = all.stream().filter(s -> !s.end().isAfter(now))
                .sorted(Comparator.comparing(MyShift::start).reversed()).toList();
        return new MyShifts(person.name(), person.campId(), person.campName(), person.timeZone().getId(),
                revision.map(Published::number).orElse(null), upcoming, past,
                ShiftsOfPerson.hoursInWeekOf(all, now.toLocalDate()), person.pledgedHoursPerWeek());
    }

    /**
     * The signed-in person says they can't make one of their upcoming published shifts. The seat
     * stays theirs in the published roster until planners re-plan and both sides sign again.
     *
     * @throws InvalidFormException naming {@code reason} or {@code shift}
     * @throws org.campcoplanner.base.ChangedMeanwhileException when the same withdrawal was saved at the same moment
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MyShift withdraw(String sessionId, String role, int index, String reason) {
        PersonRef me = directory.signedIn().orElseThrow(() -> invalid("shift", "shifts.problem.not-a-person"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw invalid("reason", "shifts.problem.reason-missing");
        }
        if (why.length() > MAX_REASON) {
            throw invalid("reason", "shifts.problem.reason-too-long", MAX_REASON);
        }
        MyShift shift = shiftsOf(me).upcoming().stream()
                .filter(s -> s.sessionId().equals(sessionId) && s.role().equals(role) && s.index() == index)
                .findFirst().orElseThrow(() -> invalid("shift", "shifts.problem.not-yours"));
        if (shift.withdrawn()) {
            throw invalid("shift", "shifts.problem.already-withdrawn");
        }
        if (!shift.start().isAfter(LocalDateTime.now(clock.withZone(me.timeZone())))) {
            throw invalid("shift", "shifts.problem.started");
        }
        // flushed at once: the same withdrawal sent twice at the same moment loses on the unique key here,
        // before anyone is told, and is answered as changed meanwhile (base.LostRaces)
        withdrawals.saveAndFlush(new Withdrawal(me.campId(), me.id(), shift, why, clock.instant()));
        audit.record(me.campId(), AuditAction.SHIFT_WITHDRAWN, me.name() + " can't make "
                + PlainNames.seat(shift.role(), shift.index(), shift.title(), shift.start()), null, why);
        Text.When when = new Text.When(shift.start(), shift.end());
        inbox.postToAccounts(me.campId(), planners.all(me.campId()),
                Text.of("notice.withdrawn.subject", me.name(), shift.title(), when),
                Text.of("notice.withdrawn.body", me.name(), shift.title(), when, shift.role(), shift.index(), why),
                "requests/" + me.campId());
        changes.publish(me.campId(), null);
        return new MyShift(shift.campId(), shift.revision(), shift.sessionId(), shift.title(), shift.activity(),
                shift.site(), shift.address(), shift.start(), shift.end(), shift.role(), shift.index(), shift.with(), true);
    }

    /** Seats the person said they can't make, in this revision or an earlier one that had them there too. */
    private Set<String> withdrawnSeats(PersonRef me) {
        return withdrawals.findByCampIdAndPersonId(me.campId(), me.id()).stream()
                .map(w -> ShiftsOfPerson.seatId(w.getSessionId(), w.getRole(), w.getIndex()))
                .collect(Collectors.toSet());
    }

    private static InvalidFormException invalid(String field, String key, Object... args) {
        return new InvalidFormException(List.of(InvalidFormException.FieldProblem.of(field, key, args)));
    }
}
