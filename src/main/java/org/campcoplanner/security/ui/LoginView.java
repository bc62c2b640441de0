package org.campcoplanner.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.campcoplanner.security.LoginThrottledException;
import org.campcoplanner.security.PasswordHelp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Signing in; the demo shows its logins here too. After a refused sign-in it says why, as far as
 * that gives nothing away: a wrong name or password, too many attempts (and when to try again), or
 * the service being unavailable.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView(@Value("${camp.demo.enabled:false}") boolean demo,
                     @Value("${camp.demo.password:demo}") String demoPassword,
                     @Value("${spring.datasource.url:}") String databaseUrl, Environment environment,
                     PasswordHelp passwordHelp) {
        addClassName("camp-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("security.login.title"));
        // one verb on the whole page: Vaadin's default button says "Log in"
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.refused"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.wrong"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgot"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(passwordHelp.offered());
        login.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(PasswordHelp.ROUTE)));
        add(new H1(getTranslation("base.app.name")), login);
        // the same conditions as the demo logins themselves: the embedded database only
        if (demo && databaseUrl.startsWith("jdbc:h2:") && !environment.acceptsProfiles(Profiles.of("postgres"))) {
            Paragraph hint = new Paragraph(getTranslation("demo".equals(demoPassword) ? "security.login.demo"
                    : "security.login.demo-own-password"));
            hint.setId("demo-logins");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean refused = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (refused) {
            i18n.getErrorMessage().setMessage(why());
            login.setI18n(i18n);
        }
        login.setError(refused);
    }

    /** Spring Security keeps the last refusal in the session for the login page to explain. */
    private String why() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (refusal instanceof LoginThrottledException slowed) {
            return getTranslation("security.login.slowed", slowed.retryAfterMinutes());
        }
        if (refusal instanceof InternalAuthenticationServiceException) {
            return getTranslation("security.login.unavailable");
        }
        return getTranslation("security.login.wrong");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }
}
