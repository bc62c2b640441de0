package org.campcoplanner.account.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.I18NProvider;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;

import java.util.List;

/** A new password typed twice, as the pages that set one without the old one ask for it (a reset, an invitation). */
final class RepeatedPassword {

    final PasswordField chosen;
    final PasswordField repeated = new PasswordField(I18NProvider.translate("account.own.repeat-password"));

    RepeatedPassword(String labelKey, String idPrefix) {
        chosen = new PasswordField(I18NProvider.translate(labelKey));
        chosen.setId(idPrefix + "-password");
        chosen.setHelperText(I18NProvider.translate("account.own.password-help"));
        repeated.setId(idPrefix + "-repeat-password");
        chosen.setWidth("min(24em, 100%)");
        repeated.setWidth("min(24em, 100%)");
    }

    /** Whether the two differ, which {@code problems} then shows on the second field. */
    boolean differs(FormProblems problems) {
        if (chosen.getValue().equals(repeated.getValue())) {
            return false;
        }
        problems.show(List.of(InvalidFormException.FieldProblem.of("repeatedPassword", "account.own.repeat-differs")));
        return true;
    }
}
