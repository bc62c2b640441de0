package org.campcoplanner.credits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.planning.Text;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.credits.CheckInRow;
import org.campcoplanner.credits.CheckInSession;
import org.campcoplanner.credits.TimeCredits;
import org.campcoplanner.people.EmergencyContact;
import org.campcoplanner.people.EmergencyContacts;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.reflections.RatingWords;
import org.campcoplanner.reflections.Reflections;
import org.campcoplanner.reflections.SessionReflection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The leader or staff member on site checks people in on a phone: pick the day's session, tap
 * "Here" for each person who came. Each confirmation earns that person their time credits once.
 */
@Route("check-in")
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
public class CheckInView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TimeCredits credits;
    private final EmergencyContacts emergencyContacts;
    private final Reflections reflections;
    private final DatePicker day = DatePickers.date(getTranslation("credits.check-in.day"));
    private final Select<CheckInSession> session = new Select<>();
    private final VerticalLayout people = new VerticalLayout();
    private long campId;

    public CheckInView(TimeCredits credits, EmergencyContacts emergencyContacts, Reflections reflections, Clock clock) {
        this.credits = credits;
        this.reflections = reflections;
        this.emergencyContacts = emergencyContacts;
        addClassName("phone-page");
        day.setId("check-in-day");
        day.setValue(LocalDate.now(clock));
        day.addValueChangeListener(e -> showSessions());
        session.setLabel(getTranslation("credits.check-in.session"));
        session.setId("check-in-session");
        session.setItemLabelGenerator(s -> DateStyle.when(s.start(), s.end(), getLocale()) + " " + s.title()
                + (s.site() == null ? "" : ", " + s.site()));
        session.addValueChangeListener(e -> showPeople());
        session.setWidthFull();
        people.setPadding(false);
        people.setId("check-in-people");
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        campId = camp;
        removeAll();
        add(new H2(getTranslation("credits.check-in.heading")), new Paragraph(getTranslation("credits.check-in.intro")),
                day, session, people);
        showSessions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credits.check-in.page-title");
    }

    private void showSessions() {
        session.setItems(day.getValue() == null ? List.of() : credits.sessionsOn(campId, day.getValue()));
        session.getListDataView().getItems().findFirst().ifPresentOrElse(session::setValue, this::showPeople);
    }

    private void showPeople() {
        people.removeAll();
        CheckInSession chosen = session.getValue();
        if (chosen == null) {
            people.add(new Paragraph(getTranslation("credits.check-in.no-session")));
            return;
        }
        List<CheckInRow> rows = credits.checkInList(campId, chosen.id());
        Map<String, EmergencyContact> emergency = emergencyContacts.forSession(campId, chosen.id(),
                rows.stream().map(CheckInRow::personId).distinct().toList());
        List<SessionReflection> reflected = reflections.ofSession(campId, chosen.id());
        Set<String> whoReflected = reflected.stream().map(SessionReflection::planPersonId).collect(Collectors.toSet());
        for (CheckInRow row : rows) {
            Div card = new Div();
            card.addClassName("shift-card");
            card.add(new Span(row.name() + " - " + row.role()));
            EmergencyContact contact = emergency.get(row.personId());
            if (contact != null) {
                Anchor call = new Anchor("tel:" + contact.phone().replaceAll("[^0-9+]", ""),
                        getTranslation("credits.check-in.emergency", contact.name(), contact.phone()));
                call.addClassName("shift-with");
                card.add(call);
            }
            if (whoReflected.contains(row.personId())) {
                Span wrote = new Span(getTranslation("credits.check-in.reflected"));
                wrote.addClassName("shift-reflected");
                card.add(wrote);
            }
            if (row.confirmed()) {
                Span done = new Span(getTranslation("credits.check-in.confirmed", row.confirmedBy()));
                done.addClassName("shift-with");
                card.add(done);
            } else {
                Button here = new Button(getTranslation("credits.check-in.here"), click -> confirm(chosen, row));
                here.addClassName("check-in");
                here.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                card.add(here);
            }
            people.add(card);
        }
        if (!reflected.isEmpty()) {
            people.add(whatTheySaid(reflected));
        }
    }

    /** What the people on the session said afterwards, for the planners only. */
    private Component whatTheySaid(List<SessionReflection> reflected) {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.setId("session-reflections");
        part.add(new H3(getTranslation("credits.check-in.reflections", reflected.size())));
        for (SessionReflection reflection : reflected) {
            Div card = new Div();
            card.addClassName("shift-card");
            card.addClassName("reflection");
            card.add(new Span(reflection.name() + ": " + getTranslation(RatingWords.key(reflection.rating()))));
            if (reflection.story() != null) {
                Paragraph story = new Paragraph(reflection.story());
                story.addClassName("reflection-story");
                card.add(story);
            }
            Span sharing = new Span(getTranslation(!reflection.quoteAllowed() ? "credits.check-in.planners-only"
                    : reflection.waitsForReview() ? "credits.check-in.quote-waits"
                    : reflection.reviewedBy() != null ? "credits.check-in.quote-reviewed" : "credits.check-in.quote-allowed",
                    reflection.reviewedBy()));
            sharing.addClassName("shift-with");
            card.add(sharing);
            if (reflection.waitsForReview()) {
                Button approve = new Button(getTranslation("credits.check-in.approve-quote"), click -> {
                    try {
                        reflections.approveQuote(campId, reflection.id(), reflection.version());
                        Notifications.success(getTranslation("credits.check-in.quote-approved"));
                    } catch (ChangedMeanwhileException e) {
                        Notifications.changedMeanwhile(e);
                    }
                    showPeople();
                });
                approve.addClassName("approve-quote");
                approve.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(approve);
            }
            part.add(card);
        }
        return part;
    }

    private void confirm(CheckInSession chosen, CheckInRow row) {
        try {
            boolean earned = credits.confirm(campId, chosen.id(), row.personId());
            if (earned) {
                Notifications.success(getTranslation("credits.check-in.checked-in", row.name()));
            } else {
                Notifications.info(getTranslation("credits.check-in.already", row.name()));
            }
        } catch (InvalidFormException e) {
            Notifications.error(say(e.problems().get(0).reason()));
        }
        showPeople();
    }

    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
    }
}
