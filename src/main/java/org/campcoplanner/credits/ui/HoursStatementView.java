package org.campcoplanner.credits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.credits.ConfirmedHours;
import org.campcoplanner.credits.Ledger;
import org.campcoplanner.credits.TimeCredits;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A printable statement of a person's confirmed hours: for youth, toward the Ontario secondary
 * school diploma's 40 hours of community involvement. Dates, hours, sessions and who confirmed.
 */
@Route(value = "my-statement", autoLayout = false)
@PageTitle("Community-involvement hours | Camp co-planner")
@PermitAll
public class HoursStatementView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.CANADA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.CANADA);

    public HoursStatementView(TimeCredits credits) {
        addClassName("printable-statement");
        Optional<Ledger> mine = credits.mine();
        add(new H2("Statement of community-involvement hours"));
        if (mine.isEmpty()) {
            add(new Paragraph("Your account is not a person of a camp."));
            return;
        }
        Ledger ledger = mine.get();
        Paragraph who = new Paragraph("Volunteer: " + ledger.name());
        who.setId("statement-name");
        Grid<ConfirmedHours> hours = new Grid<>(ConfirmedHours.class, false);
        hours.setId("statement-hours");
        hours.addColumn(a -> DAY.format(a.shiftStart())).setHeader("Date");
        hours.addColumn(a -> TIME.format(a.shiftStart()) + "-" + TIME.format(a.shiftEnd())).setHeader("Time");
        hours.addColumn(ConfirmedHours::sessionTitle).setHeader("Activity");
        hours.addColumn(a -> String.format(Locale.CANADA, "%.2f", a.hours())).setHeader("Hours");
        hours.addColumn(ConfirmedHours::confirmedByName).setHeader("Confirmed by");
        hours.setItems(ledger.earned());
        hours.setAllRowsVisible(true);
        Paragraph total = new Paragraph(String.format(Locale.CANADA, "Total: %.2f hours, each confirmed on site by the "
                + "named leader or city staff member.", ledger.earnedTotal()));
        total.setId("statement-total");
        Button print = new Button("Print", click -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        add(who, hours, total, print);
    }
}
