package org.campcoplanner.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.campcoplanner.security.LoginThrottledException;
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
@PageTitle("Sign in | Camp co-planner")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG = "The username or password is wrong.";
    static final String UNAVAILABLE = "The service is unavailable right now. Try again in a few minutes.";

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView(@Value("${camp.demo.enabled:false}") boolean demo,
                     @Value("${camp.demo.password:demo}") String demoPassword,
                     @Value("${spring.datasource.url:}") String databaseUrl, Environment environment) {
        addClassName("camp-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Sign in");
        // one verb on the whole page: Vaadin's default button says "Log in"
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage(WRONG);
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Camp co-planner"), login);
        // the same conditions as the demo logins themselves: the embedded database only
        if (demo && databaseUrl.startsWith("jdbc:h2:") && !environment.acceptsProfiles(Profiles.of("postgres"))) {
            Paragraph hint = new Paragraph("Demo logins: admin, staff, leader, volunteer and leader2 (another camp), "
                    + ("demo".equals(demoPassword) ? "all with the password demo." : "with the password in DEMO_PASSWORD."));
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
    private static String why() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (refusal instanceof LoginThrottledException slowed) {
            return "Too many attempts: try again in " + slowed.retryAfterInWords() + ".";
        }
        if (refusal instanceof InternalAuthenticationServiceException) {
            return UNAVAILABLE;
        }
        return WRONG;
    }
}
