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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;

import java.util.List;
import java.util.Map;

/**
 * Everyone's own account: the email address their messages go to, and their password, changed
 * with the current one to prove it is them.
 */
@Route("account")
@RouteAlias("password")
@PageTitle("Your account | Camp co-planner")
@PermitAll
public class OwnAccountView extends VerticalLayout {

    private final AccountService accounts;
    private final EmailField email = new EmailField("Email for messages");
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField chosen = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");
    private final FormProblems emailProblems = FormProblems.on(email);
    private final FormProblems problems = new FormProblems(Map.of("currentPassword", current, "newPassword", chosen,
            "repeatedPassword", repeated), chosen);

    public OwnAccountView(AccountService accounts) {
        this.accounts = accounts;
        email.setId("own-email");
        email.setHelperText("Messages in your inbox are also sent here, when the app can send email. Leave it empty "
                + "to read them in the app only.");
        email.setValue(accounts.ownEmail().orElse(""));
        email.setWidth("24em");
        Button saveEmail = new Button("Save email", click -> saveEmail());
        saveEmail.setId("save-email");

        current.setId("current-password");
        chosen.setId("new-password");
        chosen.setHelperText("At least 8 characters");
        repeated.setId("repeat-password");
        Button save = new Button("Change password", click -> savePassword());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setMaxWidth("30em");
        add(new H2("Your account"), new H3("Messages"),
                new Paragraph("When a roster you plan needs you, or your shifts change, you get a message in the inbox."),
                email, saveEmail, new H3("Change your password"), form, save);
    }

    private void saveEmail() {
        emailProblems.clear();
        try {
            accounts.changeOwnEmail(email.getValue());
            Notifications.success(email.getValue().isBlank() ? "You get your messages in the app only."
                    : "Your messages are also sent to " + email.getValue().strip() + ".");
        } catch (InvalidFormException e) {
            emailProblems.show(e);
        }
    }

    private void savePassword() {
        if (!chosen.getValue().equals(repeated.getValue())) {
            problems.show(List.of(new InvalidFormException.FieldProblem("repeatedPassword",
                    "Type the same new password twice")));
            return;
        }
        problems.clear();
        try {
            accounts.changeOwnPassword(current.getValue(), chosen.getValue());
            current.clear();
            chosen.clear();
            repeated.clear();
            Notifications.success("Your password is changed.");
        } catch (InvalidFormException e) {
            problems.show(e);
        }
    }
}
