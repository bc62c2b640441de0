package org.campcoplanner.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.campcoplanner.account.PasswordResets;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.security.PasswordHelp;

import java.util.Map;

/** The page a reset link opens: choose a new password twice, then sign in with it. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResets resets;
    final RepeatedPassword password = new RepeatedPassword("account.own.new-password", "reset-new");
    final Button save = new Button(getTranslation("account.reset.save"));
    private final FormProblems problems = new FormProblems(Map.of("newPassword", password.chosen,
            "repeatedPassword", password.repeated), password.chosen);
    private String secret;

    public ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("camp-login");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        this.secret = secret;
        removeAll();
        add(new H2(getTranslation("account.reset.heading")));
        if (!resets.opens(secret)) {
            Paragraph closed = new Paragraph(getTranslation("account.reset.link-closed"));
            closed.setId("reset-link-closed");
            add(closed, new Anchor(PasswordHelp.ROUTE, getTranslation("account.reset.ask-again")));
            return;
        }
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(password.chosen, password.repeated, save);
    }

    private void save() {
        if (password.differs(problems)) {
            return;
        }
        problems.clear();
        try {
            resets.reset(secret, password.chosen.getValue());
            Notifications.success(getTranslation("account.reset.done"));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (InvalidFormException e) {
            problems.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.page-title");
    }
}
