package org.campcoplanner.credits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.credits.ConfirmedHours;
import org.campcoplanner.credits.Ledger;
import org.campcoplanner.credits.TimeCredits;
import org.campcoplanner.planning.DateStyle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A printable statement of a person's confirmed hours: for youth, toward the Ontario secondary
 * school diploma's 40 hours of community involvement. Dates, hours, sessions and who confirmed,
 * as a plain table that prints as it is and stacks its rows on a phone.
 */
@Route(value = "my-statement", autoLayout = false)
@PageTitle("Community-involvement hours | Camp co-planner")
@PermitAll
public class HoursStatementView extends VerticalLayout {

    private static final List<String> COLUMNS = List.of("Date", "Time", "Activity", "Hours", "Confirmed by");

    public HoursStatementView(TimeCredits credits) {
        addClassName("printable-statement");
        Anchor back = new Anchor("my-credits", "Back to my time credits");
        back.addClassName("no-print");
        back.setId("statement-back");
        add(back, new H2("Statement of community-involvement hours"));
        Optional<Ledger> mine = credits.mine();
        if (mine.isEmpty()) {
            add(new Paragraph("Your account is not a person of a camp."));
            return;
        }
        Ledger ledger = mine.get();
        Paragraph who = new Paragraph("Volunteer: " + ledger.name());
        who.setId("statement-name");
        Paragraph camp = new Paragraph("Camp: " + ledger.camp() + (ledger.neighbourhood() == null ? ""
                : ", planned and run together by " + ledger.neighbourhood() + " residents and city staff"));
        camp.setId("statement-camp");
        Paragraph total = new Paragraph(String.format(Locale.CANADA, "Total: %.2f hours, each confirmed on site by the "
                + "named leader or city staff member.", ledger.earnedTotal()));
        total.setId("statement-total");
        Button print = new Button("Print", click -> getElement().executeJs("window.print()"));
        Anchor pdf = new Anchor("export/my-statement.pdf", "Download as PDF");
        pdf.getElement().setAttribute("download", "community-involvement-hours.pdf");
        pdf.setRouterIgnore(true);
        pdf.setId("statement-pdf");
        HorizontalLayout actions = new HorizontalLayout(print, pdf);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("no-print");
        add(who, camp, table(ledger.earned(), getLocale()), total, actions);
    }

    private static NativeTable table(List<ConfirmedHours> earned, Locale locale) {
        NativeTable table = new NativeTable();
        table.setId("statement-hours");
        table.addClassName("hours-statement");
        NativeTableRow header = table.getHead().addRow();
        COLUMNS.forEach(column -> header.addHeaderCell().setText(column));
        for (ConfirmedHours shift : earned) {
            NativeTableRow row = table.getBody().addRow();
            List<String> cells = List.of(DateStyle.dayInYear(shift.shiftStart().toLocalDate(), locale),
                    DateStyle.timeRange(shift.shiftStart(), shift.shiftEnd(), locale), shift.sessionTitle(),
                    String.format(Locale.CANADA, "%.2f", shift.hours()), shift.confirmedByName());
            for (int i = 0; i < cells.size(); i++) {
                var cell = row.addDataCell();
                cell.setText(cells.get(i));
                // the phone layout shows each cell under its column's name
                cell.getElement().setAttribute("data-label", COLUMNS.get(i));
            }
        }
        return table;
    }
}
