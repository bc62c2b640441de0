package org.campcoplanner.shifts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.campcoplanner.planning.Text;
import org.campcoplanner.reflections.MyReflection;
import org.campcoplanner.reflections.RatingWords;
import org.campcoplanner.reflections.Reflections;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShifts;
import org.campcoplanner.shifts.MyShiftsService;
import org.campcoplanner.shifts.OpenShift;
import org.campcoplanner.shifts.RequestView;
import org.campcoplanner.shifts.ShiftRequestRefusedException;
import org.campcoplanner.shifts.ShiftRequestStatus;
import org.campcoplanner.shifts.ShiftRequests;
import org.campcoplanner.shifts.SwapPartner;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A volunteer's own shifts on their phone: what is coming up (an overnight shift shows both
 * days), who else is on it, hours this week against their pledge, "I can't make it", a swap or
 * hand-over, open shifts they could take, their requests, past shifts and the calendar feed. One
 * column of cards, readable at 360 px wide.
 */
@Route("my-shifts")
@PermitAll
public class MyShiftsView extends VerticalLayout implements HasDynamicTitle {

    static final int OPEN_SHIFTS_SHOWN = 5;
    /** How long after a shift the page asks how it went at the top; later, past shifts still offer it. */
    public static final int RECENTLY_DAYS = 7;

    private final MyShiftsService shifts;
    private final ShiftRequests requests;
    private final Reflections reflections;
    private final Clock clock;
    private final CalendarTokens tokens;

    public MyShiftsView(MyShiftsService shifts, ShiftRequests requests, Reflections reflections, CalendarTokens tokens,
                        Clock clock) {
        this.clock = clock;
        this.shifts = shifts;
        this.reflections = reflections;
        this.requests = requests;
        this.tokens = tokens;
        addClassName("phone-page");
        setPadding(true);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shifts.my.page-title");
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("shifts.my.heading")));
        Optional<MyShifts> mine = shifts.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("shifts.my.no-person")));
            return;
        }
        MyShifts my = mine.get();
        add(new Paragraph(getTranslation("shifts.my.camp", my.camp(), my.timeZone())),
                new Anchor("my-availability", getTranslation("shifts.my.keep-availability")),
                new Anchor("my-credits", getTranslation("shifts.my.credits")));
        if (my.revision() == null) {
            add(new Paragraph(getTranslation("shifts.my.no-roster")));
        } else {
            Paragraph week = new Paragraph(weekLine(my));
            week.setId("week-hours");
            add(week);
        }
        Map<String, MyReflection> reflected = my.past().isEmpty() ? Map.of() : reflections.mine();
        askHowItWent(my, reflected);
        List<RequestView> mineToSee = requests.mine();
        if (!mineToSee.isEmpty()) {
            add(new H3(getTranslation("shifts.requests.mine")));
            mineToSee.forEach(request -> add(card(request)));
        }
        add(new H3(getTranslation("shifts.my.coming-up")));
        if (my.upcoming().isEmpty()) {
            add(new Paragraph(getTranslation("shifts.my.nothing-coming")));
        }
        my.upcoming().forEach(shift -> add(card(shift, true)));
        if (my.revision() != null) {
            add(openShifts());
        }
        if (!my.past().isEmpty()) {
            VerticalLayout past = new VerticalLayout();
            past.setPadding(false);
            my.past().forEach(shift -> past.add(pastCard(shift, reflected.get(shift.sessionId()))));
            Details pastShifts = new Details(getTranslation("shifts.my.past", my.past().size()), past);
            pastShifts.setId("past-shifts");
            add(pastShifts);
        }
        add(calendar());
    }

    private String weekLine(MyShifts my) {
        Text hours = hours(my.hoursThisWeek());
        return my.pledgedHoursPerWeek() == null ? getTranslation("shifts.my.week", hours)
                : getTranslation("shifts.my.week-pledged", hours, hours(my.pledgedHoursPerWeek()));
    }

    private static Text hours(double value) {
        return Text.of("shifts.my.hours", value);
    }

    private Component card(MyShift shift, boolean upcoming) {
        Div card = ShiftCards.shift(shift.start(), shift.end(), shift.title(), shift.role(), shift.site(), shift.address(),
                getLocale());
        if (shift.overnight()) {
            card.addClassName("overnight");
        }
        if (!shift.with().isEmpty()) {
            card.add(ShiftCards.line(getTranslation("shifts.card.with", String.join(", ", shift.with())), "shift-with"));
        }
        if (shift.withdrawn()) {
            card.add(ShiftCards.line(getTranslation("shifts.card.withdrawn"), "shift-withdrawn"));
        } else if (upcoming) {
            Button cannot = new Button(getTranslation("shifts.card.cannot"), click -> askWhy(shift));
            cannot.addClassName("cannot-make-it");
            cannot.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Button swap = new Button(getTranslation("shifts.card.swap"), click -> askPartner(shift));
            swap.addClassName("swap-shift");
            swap.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div actions = new Div(cannot, swap);
            actions.addClassName("shift-actions");
            card.add(actions);
        }
        return card;
    }

    /** Right after a shift, while it is fresh, the page asks how it went, once, above everything else. */
    private void askHowItWent(MyShifts my, Map<String, MyReflection> reflected) {
        LocalDateTime recently = LocalDateTime.now(clock.withZone(ZoneId.of(my.timeZone()))).minusDays(RECENTLY_DAYS);
        my.past().stream().findFirst()
                .filter(shift -> !shift.withdrawn() && shift.end().isAfter(recently)
                        && !reflected.containsKey(shift.sessionId()))
                .ifPresent(shift -> {
                    Div card = new Div(new Span(getTranslation("shifts.my.how-did-it-go", shift.title(),
                            DateStyle.day(shift.start().toLocalDate(), getLocale()))),
                            new Anchor("reflect/" + shift.sessionId(), getTranslation("shifts.card.reflect")));
                    card.addClassName("shift-card");
                    card.addClassName("reflect-prompt");
                    card.setId("reflect-prompt");
                    add(card);
                });
    }

    /** A past shift invites a reflection on how it went, or shows the one written. */
    private Component pastCard(MyShift shift, MyReflection reflection) {
        Div card = (Div) card(shift, false);
        if (shift.withdrawn()) {
            return card;
        }
        Anchor reflect = new Anchor("reflect/" + shift.sessionId(),
                getTranslation(reflection == null ? "shifts.card.reflect" : "shifts.card.change-reflection"));
        reflect.addClassName("reflect");
        if (reflection != null) {
            card.add(ShiftCards.line(getTranslation("shifts.card.reflected", getTranslation(RatingWords.key(reflection.rating()))),
                    "shift-reflected"));
        }
        card.add(reflect);
        return card;
    }

    private Component card(RequestView request) {
        Div card = ShiftCards.request(request, this::say);
        Div actions = new Div();
        actions.addClassName("shift-actions");
        if (request.toAnswer()) {
            Button yes = new Button(getTranslation("shifts.requests.yes"), click -> answer(request, true));
            yes.addClassName("answer-yes");
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button no = new Button(getTranslation("shifts.requests.no"), click -> answer(request, false));
            no.addClassName("answer-no");
            no.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(yes, no);
        }
        if (request.toCancel()) {
            Button takeBack = new Button(getTranslation("shifts.requests.take-back"), click -> refusable(() -> {
                requests.cancel(request.id());
                Notifications.info(getTranslation("shifts.requests.taken-back"));
            }));
            takeBack.addClassName("take-back");
            takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(takeBack);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private void answer(RequestView request, boolean agree) {
        refusable(() -> {
            requests.answer(request.id(), agree);
            Notifications.success(getTranslation(agree ? "shifts.requests.answered-yes" : "shifts.requests.answered-no"));
        });
    }

    private Component openShifts() {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.setId("open-shifts");
        part.add(new H3(getTranslation("shifts.open.heading")));
        List<OpenShift> open = requests.openShifts();
        if (open.isEmpty()) {
            part.add(new Paragraph(getTranslation("shifts.open.none")));
            return part;
        }
        part.add(new Paragraph(getTranslation("shifts.open.intro")));
        open.stream().limit(OPEN_SHIFTS_SHOWN).forEach(shift -> part.add(card(shift)));
        if (open.size() > OPEN_SHIFTS_SHOWN) {
            VerticalLayout more = new VerticalLayout();
            more.setPadding(false);
            open.stream().skip(OPEN_SHIFTS_SHOWN).forEach(shift -> more.add(card(shift)));
            Details rest = new Details(getTranslation("shifts.open.more", open.size() - OPEN_SHIFTS_SHOWN), more);
            rest.setId("more-open-shifts");
            part.add(rest);
        }
        return part;
    }

    private Component card(OpenShift shift) {
        Div card = ShiftCards.shift(shift.start(), shift.end(), shift.title(), shift.role(), shift.site(), shift.address(),
                getLocale());
        card.addClassName("open-shift");
        if (shift.offered()) {
            card.add(ShiftCards.line(getTranslation("shifts.open.offered"), "shift-with"));
        } else {
            Button offer = new Button(getTranslation("shifts.open.offer"), click -> refusable(() -> {
                ShiftRequests.OfferOutcome outcome = requests.offer(shift.sessionId(), shift.role(), shift.index());
                Notifications.success(getTranslation(outcome.status() == ShiftRequestStatus.PUBLISHED
                        ? "shifts.open.published" : "shifts.open.sent"));
            }));
            offer.addClassName("offer-shift");
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(offer);
        }
        return card;
    }

    private void askPartner(MyShift shift) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("shifts.swap.title"));
        List<SwapPartner> partners;
        try {
            partners = requests.partnersFor(shift.sessionId(), shift.role(), shift.index());
        } catch (ShiftRequestRefusedException e) {
            e.reasons().forEach(reason -> Notifications.error(say(reason)));
            return;
        }
        ComboBox<SwapPartner> person = new ComboBox<>(getTranslation("shifts.swap.person"), partners);
        person.setItemLabelGenerator(SwapPartner::name);
        person.setId("swap-person");
        person.setWidthFull();
        ComboBox<SwapPartner.Shift> theirShift = new ComboBox<>(getTranslation("shifts.swap.their-shift"));
        theirShift.setItemLabelGenerator(their -> their.title() + ", "
                + DateStyle.when(their.start(), their.end(), getLocale()));
        theirShift.setHelperText(getTranslation("shifts.swap.hand-over"));
        theirShift.setClearButtonVisible(true);
        theirShift.setId("swap-their-shift");
        theirShift.setWidthFull();
        theirShift.setEnabled(false);
        person.addValueChangeListener(change -> {
            theirShift.clear();
            theirShift.setItems(change.getValue() == null ? List.of() : change.getValue().shifts());
            theirShift.setEnabled(change.getValue() != null && !change.getValue().shifts().isEmpty());
        });
        Button send = new Button(getTranslation("shifts.swap.send"), click -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("shifts.swap.nobody"));
                return;
            }
            SwapPartner.Shift theirs = theirShift.getValue();
            try {
                requests.askPartner(shift.sessionId(), shift.role(), shift.index(), person.getValue().personId(),
                        theirs == null ? null : theirs.sessionId(), theirs == null ? null : theirs.role(),
                        theirs == null ? null : theirs.index());
                dialog.close();
                Notifications.success(getTranslation("shifts.swap.sent"));
                show();
            } catch (ShiftRequestRefusedException e) {
                e.reasons().forEach(reason -> Notifications.error(say(reason)));
            } catch (ChangedMeanwhileException e) {
                dialog.close();
                Notifications.changedMeanwhile(e);
                show();
            }
        });
        send.setId("swap-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(shift.title() + ", " + DateStyle.when(shift.start(), shift.end(), getLocale())),
                new VerticalLayout(person, theirShift));
        dialog.getFooter().add(new Button(getTranslation("shifts.swap.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    /** Runs a request and redraws the page; a refusal is said in words, each reason on its own. */
    private void refusable(Runnable action) {
        try {
            action.run();
        } catch (ShiftRequestRefusedException e) {
            e.reasons().forEach(reason -> Notifications.error(say(reason)));
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        }
        show();
    }

    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
    }

    private void askWhy(MyShift shift) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("shifts.withdraw.title"));
        TextArea reason = new TextArea(getTranslation("shifts.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button send = new Button(getTranslation("shifts.withdraw.send"), click -> {
            try {
                shifts.withdraw(shift.sessionId(), shift.role(), shift.index(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("shifts.withdraw.sent"));
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
        dialog.getFooter().add(new Button(getTranslation("shifts.withdraw.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private Component calendar() {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        TextField url = new TextField(getTranslation("shifts.calendar.link"));
        url.setId("calendar-url");
        url.setReadOnly(true);
        url.setWidthFull();
        // this part is shown only to a person of a camp, who always has a feed
        url.setValue(tokens.mine().map(MyShiftsView::feedUrl).orElse(""));
        url.setHelperText(getTranslation("shifts.calendar.help"));
        Button renew = new Button(getTranslation("shifts.calendar.renew"), click -> {
            url.setValue(tokens.regenerate().map(MyShiftsView::feedUrl).orElse(""));
            Notifications.info(getTranslation("shifts.calendar.renewed"));
        });
        renew.setId("calendar-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        part.add(new H3(getTranslation("shifts.calendar.heading")), url, renew);
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
