package org.campcoplanner.reminders;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.shifts.WithdrawnSeats;
import org.campcoplanner.signoff.CampTeams;
import org.campcoplanner.signoff.PublishedRevisions;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day before a shift each person gets exactly one reminder, by email through SMTP (GreenMail
 * here) and in the inbox, and none again from a second run or an app started anew.
 */
@PostgresTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class ShiftRemindersTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    PublishedRevisions published;
    @Autowired
    PersonDirectory directory;
    @Autowired
    WithdrawnSeats withdrawn;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CampTeams teams;

    @Test
    void exactlyOneReminderPerShiftTheDayBeforeEvenAfterARestart() throws Exception {
        CampPlan plan = SolvedSmallCamp.plan();
        long campId = publish(plan);
        LocalDate firstDay = plan.sessions().stream().map(s -> s.start().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        Clock eveningBefore = Clock.fixed(firstDay.minusDays(1).atTime(18, 0).atZone(ZoneId.of("America/Toronto"))
                .toInstant(), ZoneId.of("UTC"));
        Map<String, CampPlan.Session> sessions = plan.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        Map<String, String> emails = plan.people().stream().filter(p -> p.email() != null)
                .collect(Collectors.toMap(CampPlan.Person::id, CampPlan.Person::email));
        long shiftsTomorrow = plan.assignments().stream()
                .filter(a -> a.person() != null && sessions.get(a.session()).start().toLocalDate().equals(firstDay)).count();
        long withEmail = plan.assignments().stream()
                .filter(a -> a.person() != null && emails.containsKey(a.person())
                        && sessions.get(a.session()).start().toLocalDate().equals(firstDay)).count();
        assertThat(shiftsTomorrow).isPositive();

        int first = transactions.execute(status -> reminders(eveningBefore).sendDue());
        // mails go out in the background: wait until this camp's are sent before counting
        for (int wait = 0; wait < 100 && emailedReminders(campId) < withEmail; wait++) {
            Thread.sleep(100);
        }
        long mailsAfterFirstRun = reminderMails();
        int again = transactions.execute(status -> reminders(eveningBefore).sendDue());
        int afterRestart = transactions.execute(status -> reminders(eveningBefore).sendDue());
        Thread.sleep(1000);

        // the shared test database holds other published camps too; this camp's reminders are counted by camp
        assertThat(first).isGreaterThanOrEqualTo((int) shiftsTomorrow);
        assertThat(again).isZero();
        assertThat(afterRestart).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification where camp_id = ? and subject like 'Reminder:%'",
                Integer.class, campId)).isEqualTo((int) shiftsTomorrow);
        assertThat(emailedReminders(campId)).isEqualTo((int) withEmail);
        assertThat(mailsAfterFirstRun).isGreaterThanOrEqualTo(withEmail);
        assertThat(reminderMails()).isEqualTo(mailsAfterFirstRun);
    }

    @Test
    void aFrenchReadingVolunteersReminderIsInFrenchAndTheOthersInEnglish() throws Exception {
        CampPlan plan = SolvedSmallCamp.plan();
        long campId = publish(plan);
        LocalDate firstDay = plan.sessions().stream().map(s -> s.start().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        Map<String, CampPlan.Session> sessions = plan.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        List<CampPlan.Person> tomorrow = plan.people().stream().filter(p -> p.email() != null)
                .filter(p -> plan.assignments().stream().anyMatch(a -> p.id().equals(a.person())
                        && sessions.get(a.session()).start().toLocalDate().equals(firstDay)))
                .toList();
        assertThat(tomorrow).hasSizeGreaterThanOrEqualTo(2);
        CampPlan.Person french = tomorrow.get(0);
        CampPlan.Person english = tomorrow.get(1);
        jdbc.update("update person set preferred_language = 'fr' where camp_id = ? and external_id = ?", campId, french.id());
        Clock eveningBefore = Clock.fixed(firstDay.minusDays(1).atTime(18, 0).atZone(ZoneId.of("America/Toronto"))
                .toInstant(), ZoneId.of("UTC"));

        transactions.execute(status -> reminders(eveningBefore).sendDue());

        // mails go out in the background, after the publication's
        for (int wait = 0; wait < 100 && !(lastSubjectTo(french.email()).startsWith("Rappel")
                && lastSubjectTo(english.email()).startsWith("Reminder")); wait++) {
            Thread.sleep(100);
        }
        MimeMessage toFrench = mailTo(french.email());
        assertThat(subject(toFrench)).startsWith("Rappel : ").endsWith(" demain");
        assertThat(((String) toFrench.getContent())).startsWith("Vous êtes à l'horaire demain : ")
                .contains(DateStyle.day(firstDay, Locale.CANADA_FRENCH));
        MimeMessage toEnglish = mailTo(english.email());
        assertThat(subject(toEnglish)).startsWith("Reminder: ").endsWith(" tomorrow");
        assertThat(((String) toEnglish.getContent())).startsWith("You are on tomorrow: ")
                .contains(DateStyle.day(firstDay, Locale.CANADA));
    }

    private static String lastSubjectTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).reduce((first, second) -> second).map(ShiftRemindersTest::subject).orElse("");
    }

    /** The last mail to the address: publishing the roster mailed each person before the reminder. */
    private static MimeMessage mailTo(String address) throws Exception {
        MimeMessage last = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                last = message;
            }
        }
        if (last == null) {
            throw new AssertionError("No mail to " + address);
        }
        return last;
    }

    private int emailedReminders(long campId) {
        return jdbc.queryForObject("select count(*) from notification where camp_id = ? and subject like 'Reminder:%' "
                + "and emailed", Integer.class, campId);
    }

    private static long reminderMails() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Reminder:")).count();
    }

    private ShiftReminders reminders(Clock clock) {
        // a new instance, as after a restart: it remembers nothing but what is in the database
        return new ShiftReminders(published, directory, withdrawn, inbox, jdbc, clock);
    }

    private long publish(CampPlan plan) {
        return teams.published(plan).campId();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
