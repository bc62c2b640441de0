package org.campcoplanner.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.people.EmergencyContacts;

import java.util.List;
import java.util.Map;

/**
 * Everyone's own account: the email address their messages go to, and their password, changed
 * with the current one to prove it is them.
 */
@Route("account")
@RouteAlias("password")
@PermitAll
public class OwnAccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final EmailField email = new EmailField(getTranslation("account.own.email"));
    private final PasswordField current = new PasswordField(getTranslation("account.own.current-password"));
    private final PasswordField chosen = new PasswordField(getTranslation("account.own.new-password"));
    private final PasswordField repeated = new PasswordField(getTranslation("account.own.repeat-password"));
    private final FormProblems emailProblems = FormProblems.on(email);
    private final FormProblems problems = new FormProblems(Map.of("currentPassword", current, "newPassword", chosen,
            "repeatedPassword", repeated), chosen);

    public OwnAccountView(AccountService accounts, EmergencyContacts emergencyContacts) {
        this.accounts = accounts;
        email.setId("own-email");
        email.setHelperText(getTranslation("account.own.email-help"));
        email.setValue(accounts.ownEmail().orElse(""));
        email.setWidth("24em");
        Button saveEmail = new Button(getTranslation("account.own.save-email"), click -> saveEmail());
        saveEmail.setId("save-email");

        current.setId("current-password");
        chosen.setId("new-password");
        chosen.setHelperText(getTranslation("account.own.password-help"));
        repeated.setId("repeat-password");
        Button save = new Button(getTranslation("account.own.change-password"), click -> savePassword());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setMaxWidth("30em");
        add(new H2(getTranslation("account.own.heading")), new H3(getTranslation("account.own.messages")),
                new Paragraph(getTranslation("account.own.messages-intro")), email, saveEmail,
                new H3(getTranslation("account.own.password-heading")), form, save);
        if (emergencyContacts.mayKeepOwn()) {
            add(new EmergencyContactForm(emergencyContacts));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.own.page-title");
    }

    private void saveEmail() {
        emailProblems.clear();
        try {
            accounts.changeOwnEmail(email.getValue());
            Notifications.success(email.getValue().isBlank() ? getTranslation("account.own.email-removed")
                    : getTranslation("account.own.email-saved", email.getValue().strip()));
        } catch (InvalidFormException e) {
            emailProblems.show(e);
        }
    }

    private void savePassword() {
        if (!chosen.getValue().equals(repeated.getValue())) {
            problems.show(List.of(InvalidFormException.FieldProblem.of("repeatedPassword",
                    "account.own.repeat-differs")));
            return;
        }
        problems.clear();
        try {
            accounts.changeOwnPassword(current.getValue(), chosen.getValue());
            current.clear();
            chosen.clear();
            repeated.clear();
            Notifications.success(getTranslation("account.own.password-changed"));
        } catch (InvalidFormException e) {
            problems.show(e);
        }
    }
}
