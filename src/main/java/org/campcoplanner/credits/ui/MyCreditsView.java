package org.campcoplanner.credits.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.credits.Ledger;
import org.campcoplanner.credits.TimeCredits;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;

import java.util.Optional;

/** A person's time credits on their phone: balance, what earned them, what they were spent on. */
@Route("my-credits")
@PermitAll
public class MyCreditsView extends VerticalLayout implements HasDynamicTitle {

    public MyCreditsView(TimeCredits credits) {
        addClassName("phone-page");
        add(new H2(getTranslation("credits.my.heading")));
        Optional<Ledger> mine = credits.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("credits.my.no-person")));
            return;
        }
        Ledger ledger = mine.get();
        Paragraph balance = new Paragraph(getTranslation("credits.my.balance", credits(ledger.balance()),
                credits(ledger.earnedTotal()), credits(ledger.spentTotal())));
        balance.setId("credit-balance");
        add(balance, new Paragraph(getTranslation("credits.my.how")));
        add(new H3(getTranslation("credits.my.earned")));
        if (ledger.earned().isEmpty()) {
            add(new Paragraph(getTranslation("credits.my.nothing-earned")));
        }
        ledger.earned().forEach(a -> add(line(DateStyle.when(a.shiftStart(), a.shiftEnd(), getLocale()) + " " + a.sessionTitle(),
                getTranslation("credits.my.earned-line", credits(a.hours()), a.confirmedByName()))));
        add(new H3(getTranslation("credits.my.spent")));
        if (ledger.spent().isEmpty()) {
            add(new Paragraph(getTranslation("credits.my.nothing-spent")));
        }
        ledger.spent().forEach(s -> add(line(s.what(), getTranslation("credits.my.spent-line", credits(s.hours())))));
        Anchor statement = new Anchor("my-statement", getTranslation("credits.my.statement"));
        statement.setId("open-statement");
        add(statement);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credits.my.page-title");
    }

    private static Div line(String what, String amount) {
        Div line = new Div();
        line.addClassName("shift-card");
        Span figure = new Span(amount);
        figure.addClassName("shift-when");
        line.add(new Span(what), figure);
        return line;
    }

    /** "3 credits", "2.5 credits": an amount of credits, said in the reader's language where it is shown. */
    static Text credits(double value) {
        return Text.of("credits.amount", value);
    }
}
