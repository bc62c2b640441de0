package org.campcoplanner.account.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Someone who forgot their password asks for a link on the login page, opens it and chooses a new one. */
@H2Test
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "camp.public-url=https://camps.example.ca"})
class PasswordResetViewsTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwords;

    @Override
    protected String signedInAs() {
        return null;
    }

    @Test
    void theLoginPageOffersHelpAndTheAnswerIsTheSameForAnyAddress() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isTrue();

        ForgotPasswordView forgot = askForALink("nobody-at-all@example.org");
        String unknown = forgot.answer.getText();
        forgot = askForALink(volunteersAddress());

        assertThat(forgot.answer.getText().replace(volunteersAddress(), "")).isEqualTo(unknown.replace("nobody-at-all@example.org", ""));
        assertThat(unknown).startsWith("If an account has the address nobody-at-all@example.org, a link");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theLinkOpensAPageToChooseTheNewPasswordOnce() throws Exception {
        askForALink(volunteersAddress());
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        Matcher link = LINK.matcher((String) smtp.getReceivedMessages()[0].getContent());
        assertThat(link.find()).isTrue();

        UI.getCurrent().navigate(ResetPasswordView.class, link.group(1));
        ResetPasswordView reset = _get(ResetPasswordView.class);
        reset.password.chosen.setValue("my new summer password");
        reset.password.repeated.setValue("my new summer password!");
        _click(reset.save);
        assertThat(reset.password.repeated.isInvalid()).isTrue();
        reset.password.repeated.setValue("my new summer password");
        _click(reset.save);

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(passwords.matches("my new summer password", userDetails.loadUserByUsername("volunteer").getPassword())).isTrue();
        UI.getCurrent().navigate(ResetPasswordView.class, link.group(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-link-closed")).getText())
                .startsWith("This link no longer works");
        jdbc.update("update user_account set password_hash = ? where username = 'volunteer'", passwords.encode("demo"));
    }

    private ForgotPasswordView askForALink(String address) {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        ForgotPasswordView forgot = _get(ForgotPasswordView.class);
        forgot.email.setValue(address);
        _click(forgot.send);
        return forgot;
    }

    private String volunteersAddress() {
        jdbc.update("update user_account set email = 'volunteer@example.org' where username = 'volunteer'");
        return "volunteer@example.org";
    }
}
