package org.campcoplanner.shifts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;
import org.campcoplanner.shifts.RequestView;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Function;

/** The cards of the shifts pages: a shift (when, what, where) and a request (what is asked, where it stands). */
final class ShiftCards {

    private ShiftCards() {
    }

    static Div shift(LocalDateTime start, LocalDateTime end, String title, String role, String site, String address,
                     Locale locale) {
        Div card = new Div();
        card.addClassName("shift-card");
        card.add(line(DateStyle.when(start, end, locale), "shift-when"), line(title + " - " + role, "shift-what"),
                line(address == null ? site : site + ", " + address, "shift-where"));
        return card;
    }

    static Div request(RequestView request, Function<Text, String> say) {
        Div card = new Div();
        card.addClassNames("shift-card", "shift-request");
        card.add(line(say.apply(request.what()), "shift-what"), line(say.apply(request.standing()), "shift-with"));
        return card;
    }

    static Span line(String text, String className) {
        Span line = new Span(text);
        line.addClassName(className);
        return line;
    }
}
