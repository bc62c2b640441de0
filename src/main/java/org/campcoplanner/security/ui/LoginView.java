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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** Signing in; the demo shows its logins here too. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Camp co-planner")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(@Value("${camp.demo.enabled:false}") boolean demo,
                     @Value("${camp.demo.password:demo}") String demoPassword,
                     @Value("${spring.datasource.url:}") String databaseUrl, Environment environment) {
        addClassName("camp-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage("The username or password is wrong, or the account is locked for "
                + "15 minutes after 5 wrong passwords in a row.");
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
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
