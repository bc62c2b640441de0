package org.campcoplanner.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.campcoplanner.account.Invitations;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;

import java.util.Map;

/** The page an invitation opens: the invited person chooses their username and password, then signs in. */
@Route(value = "welcome", autoLayout = false)
@AnonymousAllowed
public class WelcomeView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Invitations invitations;
    final TextField username = new TextField(getTranslation("account.welcome.username"));
    final RepeatedPassword password = new RepeatedPassword("account.welcome.password", "welcome");
    final Button create = new Button(getTranslation("account.welcome.create"));
    private final FormProblems problems = new FormProblems(Map.of("username", username, "password", password.chosen,
            "repeatedPassword", password.repeated), username);
    private String secret;

    public WelcomeView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("camp-login");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        this.secret = secret;
        removeAll();
        invitations.opening(secret).ifPresentOrElse(opening -> {
            add(new H2(getTranslation("account.welcome.heading", opening.personName())),
                    new Paragraph(getTranslation("account.welcome.intro", opening.campName())));
            username.setId("welcome-username");
            username.setHelperText(getTranslation("account.welcome.username-help"));
            username.setWidth("min(24em, 100%)");
            create.setId("welcome-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(click -> create());
            add(username, password.chosen, password.repeated, create);
        }, () -> {
            Paragraph closed = new Paragraph(getTranslation("account.welcome.link-closed"));
            closed.setId("welcome-link-closed");
            add(new H2(getTranslation("account.welcome.closed-heading")), closed, new Anchor("login",
                    getTranslation("account.forgot.back")));
        });
    }

    private void create() {
        if (password.differs(problems)) {
            return;
        }
        problems.clear();
        try {
            invitations.accept(secret, username.getValue(), password.chosen.getValue());
            Notifications.success(getTranslation("account.welcome.done", username.getValue().strip()));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (InvalidFormException e) {
            problems.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.welcome.page-title");
    }
}
