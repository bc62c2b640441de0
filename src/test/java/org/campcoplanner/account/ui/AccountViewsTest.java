package org.campcoplanner.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.campcoplanner.security.ui.LoginView;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.AccountSummary;
import org.campcoplanner.account.Role;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.security.LoginThrottledException;
import org.campcoplanner.security.SystemActor;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.WebAttributes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The accounts page as the camp coordinator uses it, the password page and the login page. */
@H2Test
class AccountViewsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationProvider signIns;


    @Nested
    class EmergencyContactOfAVolunteer extends KaribuTest {

        @Override
        protected String signedInAs() {
            return "volunteer";
        }

        @Test
        void aVolunteerKeepsTheirEmergencyContactOnTheirAccountPage() {
            UI.getCurrent().navigate(OwnAccountView.class);
            EmergencyContactForm form = _get(EmergencyContactForm.class);
            form.name.setValue("Sam Tremblay");
            form.phone.setValue("not a number");
            _click(form.save);
            assertThat(form.phone.isInvalid()).isTrue();

            form.phone.setValue("519-555-0199");
            _click(form.save);

            UI.getCurrent().navigate(OwnAccountView.class);
            assertThat(_get(EmergencyContactForm.class).phone.getValue()).isEqualTo("519-555-0199");
            form = _get(EmergencyContactForm.class);
            form.name.clear();
            form.phone.clear();
            _click(form.save);
        }
    }

    @Nested
    class WhereTheAppSendsNoEmail extends KaribuTest {

        @Override
        protected String signedInAs() {
            return null;
        }

        @Test
        void theLoginPageOffersNoLinkAndTheHelpPageSaysToAskAnAdmin() {
            UI.getCurrent().navigate(LoginView.class);
            assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isFalse();

            UI.getCurrent().navigate(ForgotPasswordView.class);

            assertThat(_find(EmailField.class)).isEmpty();
            assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                    .contains("This app sends no email, so ask an admin of your camp to set a new password for you.");
        }
    }

    @Nested
    class Accounts extends KaribuTest {

        @Test
        @SuppressWarnings("unchecked")
        void theAdminSeesASlowedDownAccountAndLetsItSignInAgain() {
            String username = "slowed-" + System.nanoTime();
            accounts.createAdminAsOperator(username, "the right password");
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThatThrownBy(() -> signIns.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "a guess")))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> signIns.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "the right password")))
                    .isInstanceOf(LoginThrottledException.class);
            UI.getCurrent().navigate(AccountsView.class);
            Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));
            AccountSummary slowed = _findAll(grid).stream().filter(a -> a.username().equals(username)).findFirst()
                    .orElseThrow();
            assertThat(slowed.slowed()).isTrue();

            grid.select(slowed);
            _click(_get(Button.class, spec -> spec.withId("let-sign-in-again")));

            assertThat(notifications()).contains(username + " may try their password again at once");
            assertThat(signIns.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    "the right password")).isAuthenticated()).isTrue();
        }

        @Test
        @SuppressWarnings("unchecked")
        void theAdminCreatesAStaffAccountForACamp() {
            String username = "sam-" + System.nanoTime();
            UI.getCurrent().navigate(AccountsView.class);

            _get(TextField.class, spec -> spec.withId("account-username")).setValue(username);
            _get(TextField.class, spec -> spec.withId("account-name")).setValue("Sam Staff");
            ((Select<Role>) _get(Select.class, spec -> spec.withId("account-role"))).setValue(Role.STAFF);
            _get(PasswordField.class, spec -> spec.withId("account-password")).setValue("a long password");
            _get(EmailField.class, spec -> spec.withId("account-email")).setValue("sam@example.ca");
            MultiSelectComboBox<CampSummary> camps = _get(MultiSelectComboBox.class, spec -> spec.withId("account-camps"));
            CampSummary camp = camps.getListDataView().getItem(0);
            camps.setValue(Set.of(camp));
            _click(_get(Button.class, spec -> spec.withId("create-account")));

            assertThat(notifications()).contains("Account " + username + " created");
            Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));
            int row = _findAll(grid).stream().map(AccountSummary::username).toList().indexOf(username);
            AccountSummary created = _findAll(grid).get(row);
            assertThat(created.role()).isEqualTo(Role.STAFF);
            assertThat(created.campIds()).containsExactly(camp.id());
            assertThat(created.email()).isEqualTo("sam@example.ca");
            assertThat(_getFormattedRow(grid, row)).contains(camp.name(), "sam@example.ca");
        }

        @Test
        @SuppressWarnings("unchecked")
        void aFrenchAdminReadsTheAccountsInFrench() {
            UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
            UI.getCurrent().navigate(AccountsView.class);

            assertThat(_get(AccountsView.class).getPageTitle()).isEqualTo("Comptes | Camp co-planner");
            assertThat(_get(H2.class).getText()).isEqualTo("Comptes");
            Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));
            assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText))
                    .startsWith("Nom d'utilisateur", "Nom", "Rôle", "Camps", "Personne", "Courriel", "Connexion");
            int row = _findAll(grid).stream().map(AccountSummary::username).toList().indexOf("volunteer");
            assertThat(_getFormattedRow(grid, row)).contains("bénévole");
            Select<Role> role = _get(Select.class, spec -> spec.withId("account-role"));
            assertThat(role.getLabel()).isEqualTo("Rôle");
            assertThat(role.getItemLabelGenerator().apply(Role.STAFF)).isEqualTo("personnel de la Ville");
            assertThat(_get(Button.class, spec -> spec.withId("create-account")).getText()).isEqualTo("Créer le compte");
            assertThat(_get(PasswordField.class, spec -> spec.withId("account-password")).getHelperText())
                    .isEqualTo("Au moins 8 caractères");

            String username = "camille-" + System.nanoTime();
            _get(TextField.class, spec -> spec.withId("account-username")).setValue(username);
            _get(TextField.class, spec -> spec.withId("account-name")).setValue("Camille");
            role.setValue(Role.ADMIN);
            _get(PasswordField.class, spec -> spec.withId("account-password")).setValue("a long password");
            _click(_get(Button.class, spec -> spec.withId("create-account")));

            assertThat(notifications()).contains("Compte " + username + " créé");
        }

        @Test
        void theAdminSeesWhichPersonAVolunteerAccountIs() {
            UI.getCurrent().navigate(AccountsView.class);

            @SuppressWarnings("unchecked")
            Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));
            int row = _findAll(grid).stream().map(AccountSummary::username).toList().indexOf("volunteer");
            String person = jdbc.queryForObject("select p.name from person p join user_account a on a.person_id = p.id "
                    + "where a.username = 'volunteer'", String.class);
            assertThat(_getFormattedRow(grid, row)).contains(person);
        }

        @Test
        void aMistypedEmailIsRefusedOnItsField() {
            UI.getCurrent().navigate(AccountsView.class);

            _get(TextField.class, spec -> spec.withId("account-username")).setValue("eve-" + System.nanoTime());
            _get(TextField.class, spec -> spec.withId("account-name")).setValue("Eve");
            _get(PasswordField.class, spec -> spec.withId("account-password")).setValue("a long password");
            _get(EmailField.class, spec -> spec.withId("account-email")).setValue("eve at example");
            _click(_get(Button.class, spec -> spec.withId("create-account")));

            EmailField email = _get(EmailField.class, spec -> spec.withId("account-email"));
            assertThat(email.isInvalid()).isTrue();
            assertThat(email.getErrorMessage()).isEqualTo("Enter an email address like name@example.ca");
        }

        @Test
        @SuppressWarnings("unchecked")
        void aVolunteerWithoutAPersonIsRefusedOnThatField() {
            UI.getCurrent().navigate(AccountsView.class);

            _get(TextField.class, spec -> spec.withId("account-username")).setValue("val-" + System.nanoTime());
            _get(TextField.class, spec -> spec.withId("account-name")).setValue("Val");
            ((Select<Role>) _get(Select.class, spec -> spec.withId("account-role"))).setValue(Role.VOLUNTEER);
            _get(PasswordField.class, spec -> spec.withId("account-password")).setValue("short");
            _click(_get(Button.class, spec -> spec.withId("create-account")));

            ComboBox<?> person = _get(ComboBox.class, spec -> spec.withId("account-person"));
            assertThat(person.isInvalid()).isTrue();
            assertThat(person.getErrorMessage()).contains("Choose the person");
            PasswordField password = _get(PasswordField.class, spec -> spec.withId("account-password"));
            assertThat(password.getErrorMessage()).isEqualTo("Use at least 8 characters");
        }
    }

    @Nested
    class Password extends KaribuTest {

        private final String username = "pat-" + System.nanoTime();

        @Override
        protected String signedInAs() {
            SystemActor.run(() -> accounts.createAdminAsOperator(username, "first password"));
            return username;
        }

        @Test
        void aWrongCurrentPasswordIsShownOnItsField() {
            UI.getCurrent().navigate(OwnAccountView.class);

            _get(PasswordField.class, spec -> spec.withId("current-password")).setValue("not it");
            _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("second password");
            _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("second password");
            _click(_get(Button.class, spec -> spec.withId("change-password")));

            PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
            assertThat(current.isInvalid()).isTrue();
            assertThat(current.getErrorMessage()).isEqualTo("This is not your current password");
        }

        @Test
        void aFrenchReaderIsToldInFrenchWhatIsWrongWithTheirPasswords() {
            UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
            UI.getCurrent().navigate(OwnAccountView.class);

            _get(PasswordField.class, spec -> spec.withId("current-password")).setValue("not it");
            _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("short");
            _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("short");
            _click(_get(Button.class, spec -> spec.withId("change-password")));

            assertThat(_get(PasswordField.class, spec -> spec.withId("current-password")).getErrorMessage())
                    .isEqualTo("Ce n'est pas votre mot de passe actuel");
            assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                    .isEqualTo("Utilisez au moins 8 caractères");

            _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("something else");
            _click(_get(Button.class, spec -> spec.withId("change-password")));
            assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password")).getErrorMessage())
                    .isEqualTo(UI.getCurrent().getTranslation("account.own.repeat-differs"))
                    .isNotEqualTo(UI.getCurrent().getTranslation(Locale.ENGLISH, "account.own.repeat-differs"));
        }

        @Test
        void theNewPasswordIsSaved() {
            String before = hash();
            UI.getCurrent().navigate(OwnAccountView.class);

            _get(PasswordField.class, spec -> spec.withId("current-password")).setValue("first password");
            _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("second password");
            _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("second password");
            _click(_get(Button.class, spec -> spec.withId("change-password")));

            assertThat(notifications()).contains("Your password is changed.");
            assertThat(hash()).isNotEqualTo(before);
        }

        @Test
        void theirOwnEmailIsSavedAndARefusedOneShownOnItsField() {
            UI.getCurrent().navigate(OwnAccountView.class);
            EmailField email = _get(EmailField.class, spec -> spec.withId("own-email"));

            email.setValue("pat@");
            _click(_get(Button.class, spec -> spec.withId("save-email")));
            assertThat(email.isInvalid()).isTrue();

            email.setValue(" pat@example.ca ");
            _click(_get(Button.class, spec -> spec.withId("save-email")));

            assertThat(email.isInvalid()).isFalse();
            assertThat(notifications()).contains("Your messages are also sent to pat@example.ca.");
            assertThat(jdbc.queryForObject("select email from user_account where username = ?", String.class, username))
                    .isEqualTo("pat@example.ca");
        }

        private String hash() {
            return jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
        }
    }

    @Nested
    class Login extends KaribuTest {

        @Override
        protected String signedInAs() {
            return null;
        }

        /** What the login form says under its error title: its i18n property, as the browser gets it. */
        private String errorShown() {
            return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        }

        @Test
        void theLoginPageSpeaksOfSigningInOnly() {
            UI.getCurrent().navigate("login");

            assertThat(errorShown()).contains("\"submit\":\"Sign in\"").doesNotContain("Log in");
        }

        @Test
        void aFailedLoginShowsTheError() {
            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

            assertThat(_get(LoginForm.class).isError()).isTrue();
            assertThat(errorShown()).contains("The username or password is wrong.");
        }

        @Test
        void aSlowedSignInSaysWhenToTryAgain() {
            VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                    new LoginThrottledException(Duration.ofSeconds(90)));

            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

            assertThat(errorShown()).contains("Too many attempts: try again in 2 minutes.");
        }

        @Test
        void anUnreachableDatabaseSaysTheServiceIsUnavailable() {
            VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                    new InternalAuthenticationServiceException("no connection"));

            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

            assertThat(errorShown()).contains("The service is unavailable right now. Try again in a few minutes.");
        }
    }
}
