package org.campcoplanner.shifts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.campcoplanner.account.CalendarTokens;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShifts;
import org.campcoplanner.shifts.MyShiftsService;

import java.util.Locale;
import java.util.Optional;

/**
 * A volunteer's own shifts on their phone: what is coming up (an overnight shift shows both
 * days), who else is on it, hours this week against their pledge, "I can't make it", past shifts
 * and the calendar feed. One column of cards, readable at 360 px wide.
 */
@Route("my-shifts")
@PageTitle("My shifts | Camp co-planner")
@PermitAll
public class MyShiftsView extends VerticalLayout {

    private final MyShiftsService shifts;
    private final CalendarTokens tokens;

    public MyShiftsView(MyShiftsService shifts, CalendarTokens tokens) {
        this.shifts = shifts;
        this.tokens = tokens;
        addClassName("phone-page");
        setPadding(true);
        show();
    }

    private void show() {
        removeAll();
        add(new H2("My shifts"));
        Optional<MyShifts> mine = shifts.mine();
        if (mine.isEmpty()) {
            add(new Paragraph("Your account is not a person of a camp, so it has no shifts."));
            return;
        }
        MyShifts my = mine.get();
        add(new Paragraph(my.camp() + " (times in " + my.timeZone() + ")"),
                new Anchor("my-availability", "Keep my availability current"), new Anchor("my-credits", "My time credits"));
        if (my.revision() == null) {
            add(new Paragraph("No roster is published yet. Once a neighbourhood leader and city staff have both "
                    + "signed it, your shifts appear here."));
        } else {
            Paragraph week = new Paragraph(weekLine(my));
            week.setId("week-hours");
            add(week);
        }
        add(new H3("Coming up"));
        if (my.upcoming().isEmpty()) {
            add(new Paragraph("Nothing coming up."));
        }
        my.upcoming().forEach(shift -> add(card(shift, true)));
        if (!my.past().isEmpty()) {
            VerticalLayout past = new VerticalLayout();
            past.setPadding(false);
            my.past().forEach(shift -> past.add(card(shift, false)));
            Details pastShifts = new Details("Past shifts (" + my.past().size() + ")", past);
            pastShifts.setId("past-shifts");
            add(pastShifts);
        }
        add(calendar());
    }

    private static String weekLine(MyShifts my) {
        String hours = hours(my.hoursThisWeek());
        return my.pledgedHoursPerWeek() == null ? "This week: " + hours
                : "This week: " + hours + " of the " + hours(my.pledgedHoursPerWeek()) + " you pledged";
    }

    private static String hours(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.CANADA, "%.1f", value))
                + " h";
    }

    private Component card(MyShift shift, boolean upcoming) {
        Div card = new Div();
        card.addClassName("shift-card");
        if (shift.overnight()) {
            card.addClassName("overnight");
        }
        Span when = new Span(DateStyle.when(shift.start(), shift.end(), getLocale()));
        when.addClassName("shift-when");
        Span what = new Span(shift.title() + " - " + shift.role());
        what.addClassName("shift-what");
        Span where = new Span(shift.address() == null ? shift.site() : shift.site() + ", " + shift.address());
        where.addClassName("shift-where");
        card.add(when, what, where);
        if (!shift.with().isEmpty()) {
            Span with = new Span("With " + String.join(", ", shift.with()));
            with.addClassName("shift-with");
            card.add(with);
        }
        if (shift.withdrawn()) {
            Span withdrawn = new Span("You said you can't make it; the planners are finding someone.");
            withdrawn.addClassName("shift-withdrawn");
            card.add(withdrawn);
        } else if (upcoming) {
            Button cannot = new Button("I can't make it", click -> askWhy(shift));
            cannot.addClassName("cannot-make-it");
            cannot.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            card.add(cannot);
        }
        return card;
    }

    private void askWhy(MyShift shift) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Can't make it?");
        TextArea reason = new TextArea("Why, in a few words");
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button send = new Button("Tell the planners", click -> {
            try {
                shifts.withdraw(shift.sessionId(), shift.role(), shift.index(), reason.getValue());
                dialog.close();
                Notifications.success("Thanks for telling us. The planners will find someone and let you know.");
                show();
            } catch (InvalidFormException e) {
                FormProblems.on(reason).show(e);
            } catch (ChangedMeanwhileException e) {
                // sent twice at once (a double tap, another window): the first one is saved
                dialog.close();
                Notifications.changedMeanwhile(e);
                show();
            }
        });
        send.setId("withdraw-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(shift.title() + ", " + DateStyle.when(shift.start(), shift.end(), getLocale())), reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.open();
    }

    private Component calendar() {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        TextField url = new TextField("Your calendar link");
        url.setId("calendar-url");
        url.setReadOnly(true);
        url.setWidthFull();
        // this part is shown only to a person of a camp, who always has a feed
        url.setValue(tokens.mine().map(MyShiftsView::feedUrl).orElse(""));
        url.setHelperText("Subscribe to it in your calendar app. It shows only your shifts; keep it to yourself.");
        Button renew = new Button("Make a new link", click -> {
            url.setValue(tokens.regenerate().map(MyShiftsView::feedUrl).orElse(""));
            Notifications.info("The old link no longer works; subscribe to the new one.");
        });
        renew.setId("calendar-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        part.add(new H3("In your calendar"), url, renew);
        return part;
    }

    private static String feedUrl(String token) {
        HttpServletRequest request = ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath()
                + "/calendar/" + token + ".ics";
    }
}
