package org.campcoplanner.credits.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.credits.Ledger;
import org.campcoplanner.credits.TimeCredits;
import org.campcoplanner.planning.DateStyle;

import java.util.Locale;
import java.util.Optional;

/** A person's time credits on their phone: balance, what earned them, what they were spent on. */
@Route("my-credits")
@PageTitle("My time credits | Camp co-planner")
@PermitAll
public class MyCreditsView extends VerticalLayout {

    public MyCreditsView(TimeCredits credits) {
        addClassName("phone-page");
        add(new H2("My time credits"));
        Optional<Ledger> mine = credits.mine();
        if (mine.isEmpty()) {
            add(new Paragraph("Your account is not a person of a camp, so it has no time credits."));
            return;
        }
        Ledger ledger = mine.get();
        Paragraph balance = new Paragraph("Balance: " + credits(ledger.balance()) + " (earned " + credits(ledger.earnedTotal())
                + ", spent " + credits(ledger.spentTotal()) + ")");
        balance.setId("credit-balance");
        add(balance, new Paragraph("One hour given is one credit, whatever the task. Credits count once the "
                + "leader or staff member on site has confirmed you came."));
        add(new H3("Earned"));
        if (ledger.earned().isEmpty()) {
            add(new Paragraph("Nothing confirmed yet."));
        }
        ledger.earned().forEach(a -> add(line(DateStyle.when(a.shiftStart(), a.shiftEnd(), getLocale()) + " " + a.sessionTitle(),
                "+" + credits(a.hours()) + ", confirmed by " + a.confirmedByName())));
        add(new H3("Spent"));
        if (ledger.spent().isEmpty()) {
            add(new Paragraph("Nothing spent yet."));
        }
        ledger.spent().forEach(s -> add(line(s.what(), "-" + credits(s.hours()))));
        Anchor statement = new Anchor("my-statement", "Statement of community-involvement hours (printable)");
        statement.setId("open-statement");
        add(statement);
    }

    private static Div line(String what, String amount) {
        Div line = new Div();
        line.addClassName("shift-card");
        Span figure = new Span(amount);
        figure.addClassName("shift-when");
        line.add(new Span(what), figure);
        return line;
    }

    static String credits(double value) {
        return String.format(Locale.CANADA, value == Math.rint(value) ? "%.0f" : "%.2f", value) + " credits";
    }
}
