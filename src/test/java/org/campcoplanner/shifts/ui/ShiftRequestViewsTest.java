package org.campcoplanner.shifts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.inbox.ui.InboxView;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.shifts.SwapPartner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo volunteer on their phone picks up an open shift and asks for a swap; the demo leader
 * accepts or declines on the Requests page. Whatever a test takes into the draft it gives back,
 * since the demo camp is shared by every page test.
 */
@H2Test
class ShiftRequestViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DraftRosterService drafts;

    private long campId;
    /** Benevole's own daily limit, while a test has lowered it. */
    private Limit benevolesHoursPerDay;

    private record Limit(long personId, Double value) {
    }

    @Override
    protected String signedInAs() {
        campId = 0;
        return "volunteer";
    }

    private long campId() {
        if (campId == 0) {
            campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        }
        return campId;
    }

    @AfterEach
    void giveBackWhatWasTakenIntoTheDraft() {
        String volunteer = jdbc.queryForObject("select p.external_id from person p join user_account a on a.person_id = p.id "
                + "where a.username = 'volunteer'", String.class);
        List<Map<String, Object>> accepted = jdbc.queryForList("select session_id, role, seat_index from shift_request "
                + "where camp_id = ? and kind = 'OFFER' and status = 'ACCEPTED'", campId());
        login("leader");
        for (Map<String, Object> seat : accepted) {
            SeatKey key = new SeatKey((String) seat.get("session_id"), (String) seat.get("role"),
                    ((Number) seat.get("seat_index")).intValue());
            var state = drafts.snapshot(campId()).get(key);
            if (volunteer.equals(state.person())) {
                drafts.assign(campId(), key, null, false, state.version());
            }
        }
        jdbc.update("delete from shift_request where camp_id = ?", campId());
        if (benevolesHoursPerDay != null) {
            jdbc.update("update person set max_hours_per_day = ? where id = ?", benevolesHoursPerDay.value(),
                    benevolesHoursPerDay.personId());
            benevolesHoursPerDay = null;
        }
    }

    /**
     * Benevole can take no shift at all, whatever the seeded roster gave her: a planner has lowered her
     * daily limit below the shortest session. Given back after the test.
     */
    private long benevoleWithNoRoomForMore() {
        long benevole = jdbc.queryForObject("select person_id from user_account where username = 'benevole'", Long.class);
        benevolesHoursPerDay = new Limit(benevole,
                jdbc.queryForObject("select max_hours_per_day from person where id = ?", Double.class, benevole));
        jdbc.update("update person set max_hours_per_day = 0.5 where id = ?", benevole);
        return benevole;
    }

    private static List<Div> openShifts() {
        return _find(Div.class, spec -> spec.withClasses("open-shift"));
    }

    @Test
    void aVolunteerOffersToTakeAnOpenShiftAndTheLeaderAcceptsItIntoTheDraft() {
        UI.getCurrent().navigate(MyShiftsView.class);

        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Open shifts you could take");
        assertThat(openShifts()).isNotEmpty().hasSizeLessThanOrEqualTo(MyShiftsView.OPEN_SHIFTS_SHOWN);
        String offered = openShifts().get(0).getElement().getTextRecursively();
        _click(_find(Button.class, spec -> spec.withClasses("offer-shift")).get(0));

        assertThat(notifications()).contains("Sent to the planning team. You will be told.");
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("My requests");
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-request"))).singleElement()
                .satisfies(card -> assertThat(card.getElement().getTextRecursively()).contains("You offer to take")
                        .contains("Waiting for the planning team"));

        signInOnANewPage("leader");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("inbox-act"))).anySatisfy(act -> {
            assertThat(act.getHref()).isEqualTo("requests/" + campId());
            assertThat(act.getText()).isEqualTo("Open the requests page");
        });
        UI.getCurrent().navigate(RequestsView.class, campId());
        assertThat(_get(RequestsView.class).getPageTitle()).isEqualTo("Requests | Camp co-planner");
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("shift-request"));
        assertThat(cards).singleElement().satisfies(card ->
                assertThat(card.getElement().getTextRecursively()).contains("offers to take"));
        _click(_get(Button.class, spec -> spec.withClasses("accept-request")));

        assertThat(notifications()).anyMatch(text -> text.startsWith("In the draft now."));
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-request"))).isEmpty();
        assertThat(offered).isNotBlank();
    }

    @Test
    void aLeaderDeclinesAnOfferWithAFewWords() {
        UI.getCurrent().navigate(MyShiftsView.class);
        _click(_find(Button.class, spec -> spec.withClasses("offer-shift")).get(0));

        signInOnANewPage("leader");
        UI.getCurrent().navigate(RequestsView.class, campId());
        _click(_get(Button.class, spec -> spec.withClasses("decline-request")));
        _click(_get(Button.class, spec -> spec.withId("decline-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("decline-answer")).isInvalid()).isTrue();
        _get(TextArea.class, spec -> spec.withId("decline-answer")).setValue("We have enough helpers that day");
        _click(_get(Button.class, spec -> spec.withId("decline-send")));

        assertThat(notifications()).contains("Declined; the person who asked is told.");
        assertThat(_find(Dialog.class)).allSatisfy(dialog -> assertThat(dialog.isOpened()).isFalse());

        signInOnANewPage("volunteer");
        UI.getCurrent().navigate(MyShiftsView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-request"))).singleElement().satisfies(card ->
                assertThat(card.getElement().getTextRecursively()).contains("Declined: \"We have enough helpers that day\""));
    }

    @Test
    void aHandOverTheRulesRefuseSaysWhyAndOneTheyAllowWaitsForThePartner() {
        long benevole = benevoleWithNoRoomForMore();
        UI.getCurrent().navigate(MyShiftsView.class);
        _click(_find(Button.class, spec -> spec.withClasses("swap-shift")).get(0));

        @SuppressWarnings("unchecked")
        ComboBox<SwapPartner> person = _get(ComboBox.class, spec -> spec.withId("swap-person"));
        @SuppressWarnings("unchecked")
        ComboBox<SwapPartner.Shift> theirs = _get(ComboBox.class, spec -> spec.withId("swap-their-shift"));
        assertThat(theirs.isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("swap-send")));
        assertThat(person.isInvalid()).isTrue();
        List<SwapPartner> partners = person.getListDataView().getItems().toList();
        person.setValue(partners.stream().filter(p -> p.personId() == benevole).findFirst().orElseThrow());
        // no shift of theirs chosen: a hand-over, which their limits do not allow; whose limits
        // and availability are theirs, so only their first name is said
        _click(_get(Button.class, spec -> spec.withId("swap-send")));
        assertThat(notifications()).isNotEmpty()
                .allMatch(text -> text.matches("It does not fit \\S+'s availability or limits then\\."));
        assertThat(_get(Dialog.class).isOpened()).isTrue();

        for (SwapPartner partner : partners) {
            person.setValue(partner);
            _click(_get(Button.class, spec -> spec.withId("swap-send")));
            if (notifications().contains("Asked. They answer first, then the planning team decides.")) {
                break;
            }
        }
        assertThat(notifications()).contains("Asked. They answer first, then the planning team decides.");
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-request"))).singleElement().satisfies(card ->
                assertThat(card.getElement().getTextRecursively()).contains("Waiting for ").contains(" to answer"));
        _click(_get(Button.class, spec -> spec.withClasses("take-back")));
        assertThat(notifications()).contains("Taken back.");
    }

    @Test
    void thePartnerAnswersOnTheirOwnPageInFrench() {
        String volunteer = jdbc.queryForObject("select p.external_id from person p join user_account a "
                + "on a.person_id = p.id where a.username = 'volunteer'", String.class);
        long volunteerId = jdbc.queryForObject("select person_id from user_account where username = 'volunteer'", Long.class);
        long benevole = benevoleWithNoRoomForMore();
        Map<String, Object> shift = jdbc.queryForMap("select s.external_id, s.start_at, s.end_at, se.role, se.role_index "
                + "from assignment a join seat se on se.id = a.seat_id join camp_session s on s.id = se.session_id "
                + "join person p on p.id = a.person_id where p.external_id = ? and s.camp_id = ? "
                + "and s.start_at > '2026-07-23' order by s.start_at limit 1", volunteer, campId());
        // as if the volunteer had asked before benevole's limit was lowered: the answer is checked again
        jdbc.update("insert into shift_request (id, version, camp_id, kind, status, person_id, revision_number, "
                        + "session_id, role, seat_index, shift_start, shift_end, partner_id, created_at) "
                        + "values (nextval('entity_id_seq'), 0, ?, 'HAND_OVER', 'WAITING_FOR_PARTNER', ?, 1, ?, ?, ?, ?, ?, ?, "
                        + "current_timestamp)", campId(), volunteerId, shift.get("external_id"), shift.get("role"),
                shift.get("role_index"), shift.get("start_at"), shift.get("end_at"), benevole);

        signInOnANewPage("benevole");
        UI.getCurrent().navigate(MyShiftsView.class);
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Mes demandes");
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-request"))).singleElement().satisfies(card ->
                assertThat(card.getElement().getTextRecursively()).contains(" vous demande de prendre "));
        _click(_get(Button.class, spec -> spec.withClasses("answer-yes")));
        assertThat(notifications()).isNotEmpty().allMatch(text -> text.startsWith("Les règles du camp ne le permettent pas : "));
        _click(_get(Button.class, spec -> spec.withClasses("answer-no")));

        assertThat(notifications()).contains("C'est fait; la personne en est avisée.");
        assertThat(_find(Button.class, spec -> spec.withClasses("answer-yes"))).isEmpty();
    }
}
