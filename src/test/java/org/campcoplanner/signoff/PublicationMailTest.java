package org.campcoplanner.signoff;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.CampPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SMTP configured, publishing emails each person whose shifts it changes, once, after it is
 * saved; a planner's account with an email address gets its messages too, linking to the page to act on.
 */
@PostgresTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "camp.public-url=https://camps.example.ca/"})
class PublicationMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignOffService signOff;

    @Test
    void everyoneWithShiftsGetsOneMailWhenTheRosterIsPublished() throws Exception {
        CampPlan plan = SolvedSmallCamp.plan();

        long campId = teams.published(plan).campId();

        Set<String> seated = plan.assignments().stream().filter(a -> a.person() != null).map(CampPlan.Assignment::person)
                .collect(Collectors.toSet());
        Set<String> expected = plan.people().stream().filter(p -> seated.contains(p.id()) && p.email() != null)
                .map(CampPlan.Person::email).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        // the mails go out in the background after the publication is saved
        assertThat(smtp.waitForIncomingEmail(10_000, expected.size())).isTrue();
        awaitEmailedFlags(campId, expected.size());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(expected.size());
        Set<String> recipients = new HashSet<>();
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).isEqualTo("Your shifts at " + plan.camp().name() + " are published");
            recipients.add(message.getAllRecipients()[0].toString());
        }
        assertThat(recipients).isEqualTo(expected);
        assertThat(jdbc.queryForObject("select count(*) from notification where camp_id = ? and person_id is not null "
                + "and not emailed", Integer.class, campId)).isEqualTo(seated.size() - expected.size());
    }

    @Test
    void aProposalIsMailedToTheStaffAccountWithTheSignOffPage() throws Exception {
        CampTeam team = teams.of(SolvedSmallCamp.plan());
        jdbc.update("update user_account set email = 'sam.staff@example.ca' where username = ?", team.staff());

        teams.actors().run(team.leader(), () -> signOff.propose(team.campId(), true));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sam.staff@example.ca");
        assertThat(mail.getSubject()).startsWith("Revision 1 of").endsWith("waits for your signature");
        assertThat(((String) mail.getContent()).strip())
                .contains("Lee Leader signed the roster draft")
                .endsWith("https://camps.example.ca/sign-off/" + team.campId());
    }

    private void awaitEmailedFlags(long campId, int expected) throws InterruptedException {
        for (int wait = 0; wait < 100 && emailed(campId) < expected; wait++) {
            Thread.sleep(100);
        }
    }

    private int emailed(long campId) {
        return jdbc.queryForObject("select count(*) from notification where camp_id = ? and emailed", Integer.class, campId);
    }
}
