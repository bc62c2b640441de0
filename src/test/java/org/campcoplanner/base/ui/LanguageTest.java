package org.campcoplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import elemental.json.JsonObject;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.ui.OwnAccountView;
import org.campcoplanner.base.Language;
import org.campcoplanner.base.PreferredLanguages;
import org.campcoplanner.security.SystemActor;
import org.campcoplanner.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Every page in its reader's language: the account's, else the browser's, switched at once in the header. */
@H2Test
class LanguageTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final String username = "lang-" + System.nanoTime();

    @Override
    protected String signedInAs() {
        SystemActor.run(() -> accounts.createAdminAsOperator(username, "a long password"));
        return null;
    }

    @Test
    void aFrenchReadersPagesOpenInFrench() {
        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", username);

        signInOnANewPage(username);
        UI.getCurrent().navigate(OwnAccountView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(_get(H2.class).getText()).isEqualTo("Votre compte");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("Se déconnecter");
        assertThat(_get(Button.class, spec -> spec.withId("change-password")).getText()).isEqualTo("Changer le mot de passe");
    }

    @Test
    void aFrenchReadersCalendarsNameMonthsAndDaysInFrenchAndStillTakeIsoDates() {
        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", username);
        signInOnANewPage(username);

        DatePicker.DatePickerI18n calendar = DatePickers.date("Jour").getI18n();

        assertThat(calendar.getMonthNames()).startsWith("janvier").contains("juillet");
        assertThat(calendar.getWeekdays()).startsWith("dimanche", "lundi");
        assertThat(calendar.getToday()).isEqualTo("Aujourd'hui");
        assertThat(calendar.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(calendar.getDateFormats()).containsExactly(DatePickers.FORMAT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSwitchInTheHeaderChangesTheLanguageAndKeepsItOnTheAccount() {
        jdbc.update("update user_account set preferred_language = 'en' where username = ?", username);
        signInOnANewPage(username);
        UI.getCurrent().navigate(OwnAccountView.class);
        Select<Language> language = _get(Select.class, spec -> spec.withId("language-switch"));
        assertThat(language.getValue()).isEqualTo(Language.ENGLISH);

        _setValue(language, Language.FRENCH);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(jdbc.queryForObject("select preferred_language from user_account where username = ?", String.class,
                username)).isEqualTo("fr");
        signInOnANewPage(username);
        UI.getCurrent().navigate(OwnAccountView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Votre compte");
    }

    @Test
    void theLoginPageSpeaksTheBrowsersLanguage() {
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setLocaleInt(Locale.CANADA_FRENCH);

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(LoginView.class);

        JsonObject form = ((JsonObject) _get(LoginForm.class).getElement().getPropertyRaw("i18n")).getObject("form");
        assertThat(form.getString("submit")).isEqualTo("Se connecter");
        assertThat(form.getString("username")).isEqualTo("Nom d'utilisateur");
        assertThat(_get(H1.class).getText()).isEqualTo("Camp co-planner");
    }

    @Test
    void theFirstSignInKeepsTheFirstOfTheBrowsersLanguagesTheAppSpeaks() {
        List<Language> chosen = new ArrayList<>();
        PreferredLanguages none = new PreferredLanguages() {
            @Override
            public Optional<Language> signedIn() {
                return Optional.empty();
            }

            @Override
            public void choose(Language language) {
                chosen.add(language);
            }
        };
        VaadinRequest browser = mock(VaadinRequest.class);
        when(browser.getLocales()).thenAnswer(call -> Collections.enumeration(
                List.of(Locale.GERMAN, Locale.CANADA_FRENCH, Locale.ENGLISH)));

        assertThat(new ReaderLanguage(none).languageFor(browser)).isEqualTo(Language.FRENCH);
        assertThat(chosen).containsExactly(Language.FRENCH);
    }
}
