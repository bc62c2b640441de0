package org.campcoplanner.reminders;

import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.shifts.WithdrawnSeats;
import org.campcoplanner.signoff.PublishedRevisions;
import org.campcoplanner.signoff.PublishedRevisions.Published;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The day before a published shift, its person gets one reminder: in the inbox, and by email
 * when SMTP is configured. Each reminder is recorded before it is posted, in one transaction, so
 * it goes out once whichever instance runs the job and however often the app restarts.
 */
@Component
class ShiftReminders {

    private final PublishedRevisions published;
    private final PersonDirectory directory;
    private final WithdrawnSeats withdrawn;
    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ShiftReminders(PublishedRevisions published, PersonDirectory directory, WithdrawnSeats withdrawn, Inbox inbox,
                   JdbcTemplate jdbc, Clock clock) {
        this.published = published;
        this.directory = directory;
        this.withdrawn = withdrawn;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many reminders went out. */
    @Transactional
    public int sendDue() {
        int sent = 0;
        for (Published revision : published.all()) {
            sent += sendDue(revision);
        }
        return sent;
    }

    private int sendDue(Published revision) {
        CampPlan plan = revision.plan();
        LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneId.of(plan.camp().timeZone()))).plusDays(1);
        Map<String, CampPlan.Session> sessions = plan.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        Map<String, String> sites = plan.sites().stream().collect(Collectors.toMap(CampPlan.Site::id, CampPlan.Site::name));
        int sent = 0;
        for (CampPlan.Assignment seat : plan.assignments()) {
            CampPlan.Session session = sessions.get(seat.session());
            if (seat.person() == null || !session.start().toLocalDate().equals(tomorrow)) {
                continue;
            }
            Optional<PersonRef> person = directory.byPlanId(revision.campId(), seat.person());
            if (person.isEmpty() || withdrawn.contains(revision.campId(), person.get().id(), seat.session(),
                    seat.role(), seat.index()) || !recordOnce(revision.campId(), person.get().id(), seat,
                    session)) {
                continue;
            }
            inbox.postToPerson(revision.campId(), person.get().id(), Text.of("notice.reminder.subject", session.title()),
                    Text.of("notice.reminder.body", session.title(), new Text.When(session.start(), session.end()),
                            sites.get(session.site()), seat.role()), "my-shifts");
            sent++;
        }
        return sent;
    }

    /** True when this call recorded the reminder; false when it was sent before. */
    private boolean recordOnce(long campId, long personId, CampPlan.Assignment seat, CampPlan.Session session) {
        return jdbc.update("""
                insert into reminder_sent (person_id, camp_id, session_id, role, seat_index, shift_start, sent_at)
                select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from reminder_sent where person_id = ?
                  and session_id = ? and role = ? and seat_index = ? and shift_start = ?)""",
                personId, campId, seat.session(), seat.role(), seat.index(), Timestamp.valueOf(session.start()),
                Timestamp.from(clock.instant()), personId, seat.session(), seat.role(), seat.index(),
                Timestamp.valueOf(session.start())) == 1;
    }
}
