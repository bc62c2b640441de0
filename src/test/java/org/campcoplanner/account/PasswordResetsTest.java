package org.campcoplanner.account;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.TestTexts;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.SignedInSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Forgot your password?" on PostgreSQL: a link by email in the account's language, answered alike for
 * unknown addresses, stored only as a hash, good once and for an hour, and ending every session.
 */
@PostgresTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "camp.public-url=https://camps.example.ca/"})
class PasswordResetsTest {

    private static final Pattern LINK = Pattern.compile("https://camps\\.example\\.ca/reset-password/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    PasswordResets resets;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;

    private String username;
    private String email;

    @BeforeEach
    void anAccountWithAnEmailAddress() {
        String suffix = Long.toString(System.nanoTime(), 36);
        username = "reset-" + suffix;
        email = "Reset." + suffix + "@example.org";
        jdbc.update("insert into user_account (id, version, username, display_name, password_hash, role, email, "
                        + "preferred_language, created_at) values (nextval('entity_id_seq'), 0, ?, 'Rosa', ?, 'VOLUNTEER', ?, 'fr', now())",
                username, passwords.encode("the old password"), email);
    }

    @Test
    void theLinkGoesToTheAccountsAddressInItsLanguageAndOnlyItsHashIsStored() throws Exception {
        resets.request(email.toUpperCase());

        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getSubject()).isEqualTo("Choisissez un nouveau mot de passe pour Camp co-planner");
        String secret = secretIn(mail);
        assertThat(jdbc.queryForList("select secret_hash from password_reset_link l join user_account a on a.id = l.account_id "
                + "where a.username = ?", String.class, username)).containsExactly(OneTimeSecrets.hash(secret))
                .noneMatch(stored -> stored.contains(secret));
    }

    @Test
    void anAddressWithoutAnAccountGetsNothingAndTheCallerCannotTell() throws Exception {
        resets.request("nobody-" + email);

        smtp.waitForIncomingEmail(1000, 1);
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(mail.getAllRecipients()[0].toString()).doesNotContain(email.toLowerCase()).doesNotContain(email);
        }
    }

    @Test
    void theLinkSetsTheNewPasswordOnceAndSignsOutEverySession() throws Exception {
        Authentication before = signedIn();
        resets.request(email);
        String secret = secretIn(onlyMail());
        assertThat(resets.opens(secret)).isTrue();

        resets.reset(secret, "a brand new password");

        CampUser after = (CampUser) userDetails.loadUserByUsername(username);
        assertThat(passwords.matches("a brand new password", after.getPassword())).isTrue();
        assertThat(sessions.current(before)).isEmpty();
        assertThat(resets.opens(secret)).isFalse();
        assertThatThrownBy(() -> resets.reset(secret, "yet another password"))
                .isInstanceOfSatisfying(InvalidFormException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("link");
                            assertThat(TestTexts.english(problem.reason())).startsWith("This link no longer works");
                        }));
    }

    @Test
    void aLinkOlderThanAnHourNoLongerOpens() throws Exception {
        resets.request(email);
        String secret = secretIn(onlyMail());
        jdbc.update("update password_reset_link set expires_at = now() - interval '1 minute' where secret_hash = ?",
                OneTimeSecrets.hash(secret));

        assertThat(resets.opens(secret)).isFalse();
        assertThatThrownBy(() -> resets.reset(secret, "a brand new password")).isInstanceOf(InvalidFormException.class);
        assertThat(passwords.matches("the old password", userDetails.loadUserByUsername(username).getPassword())).isTrue();
    }

    @Test
    void aTooShortPasswordIsRefusedAndTheLinkStillWorks() throws Exception {
        resets.request(email);
        String secret = secretIn(onlyMail());

        assertThatThrownBy(() -> resets.reset(secret, "short")).isInstanceOfSatisfying(InvalidFormException.class,
                refused -> assertThat(refused.problems()).extracting(InvalidFormException.FieldProblem::field)
                        .containsExactly("newPassword"));
        assertThat(resets.opens(secret)).isTrue();
    }

    @Test
    void atMostThreeLinksAnHourReachOneAccount() throws Exception {
        for (int i = 0; i < 5; i++) {
            resets.request(email);
        }

        for (int wait = 0; wait < 50 && toUs().size() < 3; wait++) {
            Thread.sleep(100);
        }
        assertThat(toUs()).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from password_reset_link l join user_account a on a.id = l.account_id "
                + "where a.username = ?", Integer.class, username)).isEqualTo(PasswordResets.MAX_PER_HOUR);
    }

    private Authentication signedIn() {
        CampUser user = (CampUser) userDetails.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** The one mail to this test's account; mail that other tests' background sends deliver late is not its. */
    private MimeMessage onlyMail() throws Exception {
        List<MimeMessage> ours = List.of();
        for (int wait = 0; wait < 50 && ours.isEmpty(); wait++) {
            Thread.sleep(100);
            ours = toUs();
        }
        assertThat(ours).hasSize(1);
        return ours.get(0);
    }

    private List<MimeMessage> toUs() throws Exception {
        List<MimeMessage> ours = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                ours.add(mail);
            }
        }
        return ours;
    }

    private static String secretIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
