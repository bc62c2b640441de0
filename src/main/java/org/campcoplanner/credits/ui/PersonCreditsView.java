package org.campcoplanner.credits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.credits.Ledger;
import org.campcoplanner.credits.TimeCredits;

import java.util.Map;

/** A planner's view of one person's time credits, where credits spent are recorded. */
@Route("credits")
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
public class PersonCreditsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TimeCredits credits;
    private final Paragraph balance = new Paragraph();
    private final NumberField hours = new NumberField(getTranslation("credits.person.spent"));
    private final TextField what = new TextField(getTranslation("credits.person.on-what"));
    private final FormProblems problems = new FormProblems(Map.of("what", what), hours);
    private long personId;

    public PersonCreditsView(TimeCredits credits) {
        this.credits = credits;
        balance.setId("person-balance");
        hours.setId("spent-hours");
        what.setId("spent-what");
        what.setPlaceholder(getTranslation("credits.person.on-what-example"));
        what.setWidthFull();
        Button record = new Button(getTranslation("credits.person.record"), click -> record());
        record.setId("record-spent");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addClassName("phone-page");
        add(new H2(getTranslation("credits.person.heading")), balance, hours, what, record);
    }

    @Override
    public void setParameter(BeforeEvent event, Long person) {
        personId = person;
        show(credits.of(personId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credits.person.page-title");
    }

    private void show(Ledger ledger) {
        balance.setText(getTranslation("credits.person.balance", ledger.name(), MyCreditsView.credits(ledger.balance()),
                MyCreditsView.credits(ledger.earnedTotal()), MyCreditsView.credits(ledger.spentTotal())));
    }

    private void record() {
        problems.clear();
        try {
            show(credits.recordSpent(personId, hours.getValue() == null ? 0 : hours.getValue(), what.getValue()));
            hours.clear();
            what.clear();
            Notifications.success(getTranslation("credits.person.recorded"));
        } catch (InvalidFormException e) {
            problems.show(e);
        }
    }
}
