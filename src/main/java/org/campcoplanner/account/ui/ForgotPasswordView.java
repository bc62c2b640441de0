package org.campcoplanner.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.campcoplanner.account.PasswordResets;
import org.campcoplanner.security.PasswordHelp;

/**
 * Someone who forgot their password asks for a link by email. The page says the same whether or not an
 * account has the address; where the app sends no email, it says to ask an admin instead.
 */
@Route(value = PasswordHelp.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField(getTranslation("account.forgot.email"));
    final Button send = new Button(getTranslation("account.forgot.send"));
    final Paragraph answer = new Paragraph();

    public ForgotPasswordView(PasswordResets resets) {
        addClassName("camp-login");
        setAlignItems(Alignment.CENTER);
        add(new H2(getTranslation("account.forgot.heading")));
        if (!resets.offered()) {
            add(new Paragraph(getTranslation("account.forgot.ask-an-admin")));
        } else {
            email.setId("forgot-email");
            email.setWidth("min(24em, 100%)");
            email.setHelperText(getTranslation("account.forgot.email-help"));
            send.setId("send-reset-link");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            answer.setId("reset-link-answer");
            send.addClickListener(click -> {
                resets.request(email.getValue());
                answer.setText(getTranslation("account.forgot.sent", email.getValue().strip()));
                email.clear();
            });
            add(email, send, answer);
        }
        add(new Anchor("login", getTranslation("account.forgot.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.page-title");
    }
}
