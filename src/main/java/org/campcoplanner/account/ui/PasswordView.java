package org.campcoplanner.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;

import java.util.List;
import java.util.Map;

/** Everyone changes their own password here, with the current one to prove it is them. */
@Route("password")
@PageTitle("Password | Camp co-planner")
@PermitAll
public class PasswordView extends VerticalLayout {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField chosen = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");
    private final FormProblems problems = new FormProblems(Map.of("currentPassword", current, "newPassword", chosen,
            "repeatedPassword", repeated), chosen);

    public PasswordView(AccountService accounts) {
        this.accounts = accounts;
        current.setId("current-password");
        chosen.setId("new-password");
        chosen.setHelperText("At least 8 characters");
        repeated.setId("repeat-password");
        Button save = new Button("Change password", click -> save());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setMaxWidth("30em");
        add(new H2("Change your password"), form, save);
    }

    private void save() {
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
