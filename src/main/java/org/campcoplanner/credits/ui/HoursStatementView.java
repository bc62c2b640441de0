package org.campcoplanner.credits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
public class HoursStatementView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> COLUMNS = List.of("date", "time", "activity", "hours", "confirmed-by");

    public HoursStatementView(TimeCredits credits) {
        addClassName("printable-statement");
        Anchor back = new Anchor("my-credits", getTranslation("credits.statement.back"));
        back.addClassName("no-print");
        back.setId("statement-back");
        add(back, new H2(getTranslation("credits.statement.heading")));
        Optional<Ledger> mine = credits.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("credits.statement.no-person")));
            return;
        }
        Ledger ledger = mine.get();
        Paragraph who = new Paragraph(getTranslation("credits.statement.volunteer", ledger.name()));
        who.setId("statement-name");
        Paragraph camp = new Paragraph(ledger.neighbourhood() == null
                ? getTranslation("credits.statement.camp", ledger.camp())
                : getTranslation("credits.statement.camp-planned", ledger.camp(), ledger.neighbourhood()));
        camp.setId("statement-camp");
        Paragraph total = new Paragraph(getTranslation("credits.statement.total", ledger.earnedTotal()));
        total.setId("statement-total");
        Button print = new Button(getTranslation("credits.statement.print"), click -> getElement().executeJs("window.print()"));
        Anchor pdf = new Anchor("export/my-statement.pdf", getTranslation("credits.statement.download"));
        pdf.getElement().setAttribute("download", getTranslation("credits.statement.file-name"));
        pdf.setRouterIgnore(true);
        pdf.setId("statement-pdf");
        HorizontalLayout actions = new HorizontalLayout(print, pdf);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("no-print");
        add(who, camp, table(ledger.earned()), total, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credits.statement.page-title");
    }

    private NativeTable table(List<ConfirmedHours> earned) {
        Locale locale = getLocale();
        List<String> columns = COLUMNS.stream().map(column -> getTranslation("credits.statement.column." + column)).toList();
        NativeTable table = new NativeTable();
        table.setId("statement-hours");
        table.addClassName("hours-statement");
        NativeTableRow header = table.getHead().addRow();
        columns.forEach(column -> header.addHeaderCell().setText(column));
        for (ConfirmedHours shift : earned) {
            NativeTableRow row = table.getBody().addRow();
            List<String> cells = List.of(DateStyle.dayInYear(shift.shiftStart().toLocalDate(), locale),
                    DateStyle.timeRange(shift.shiftStart(), shift.shiftEnd(), locale), shift.sessionTitle(),
                    getTranslation("credits.statement.hours", shift.hours()), shift.confirmedByName());
            for (int i = 0; i < cells.size(); i++) {
                var cell = row.addDataCell();
                cell.setText(cells.get(i));
                // the phone layout shows each cell under its column's name
                cell.getElement().setAttribute("data-label", columns.get(i));
            }
        }
        return table;
    }
}
