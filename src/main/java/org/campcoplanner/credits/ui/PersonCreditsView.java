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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Time credits | Camp co-planner")
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
public class PersonCreditsView extends VerticalLayout implements HasUrlParameter<Long> {

    private final TimeCredits credits;
    private final Paragraph balance = new Paragraph();
    private final NumberField hours = new NumberField("Credits spent");
    private final TextField what = new TextField("On what");
    private final FormProblems problems = new FormProblems(Map.of("what", what), hours);
    private long personId;

    public PersonCreditsView(TimeCredits credits) {
        this.credits = credits;
        balance.setId("person-balance");
        hours.setId("spent-hours");
        what.setId("spent-what");
        what.setPlaceholder("e.g. a camp place for their child");
        what.setWidthFull();
        Button record = new Button("Record", click -> record());
        record.setId("record-spent");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addClassName("phone-page");
        add(new H2("Time credits"), balance, hours, what, record);
    }

    @Override
    public void setParameter(BeforeEvent event, Long person) {
        personId = person;
        show(credits.of(personId));
    }

    private void show(Ledger ledger) {
        balance.setText(ledger.name() + ": " + MyCreditsView.credits(ledger.balance()) + " (earned "
                + MyCreditsView.credits(ledger.earnedTotal()) + ", spent " + MyCreditsView.credits(ledger.spentTotal()) + ")");
    }

    private void record() {
        problems.clear();
        try {
            show(credits.recordSpent(personId, hours.getValue() == null ? 0 : hours.getValue(), what.getValue()));
            hours.clear();
            what.clear();
            Notifications.success("Recorded.");
        } catch (InvalidFormException e) {
            problems.show(e);
        }
    }
}
