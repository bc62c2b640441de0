package org.campcoplanner.roster.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SolvingService;
import org.campcoplanner.security.CurrentUser;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a planner does on the roster board of the shared example camp. */
@H2Test
class RosterBoardViewTest extends KaribuTest {

    private static final SeatKey LEAD = new SeatKey("s1", "Lead", 1);
    /** Stands for a second planner's page, which is told nothing when this one saves. */
    private static final Object ANOTHER_PLANNER = new Object();

    @Autowired
    CampPlanService campPlans;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    RosterWorkspace workspace;
    @Autowired
    SolvingService solving;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    CustomTask<Long> campSolveTask;

    private long campId;

    @BeforeEach
    void openTheBoardOfANewCamp() {
        campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        UI.getCurrent().navigate(RosterBoardView.class, campId);
    }

    @Test
    void aPlannerAssignsTheBestRankedCandidateAndPinsTheSeat() {
        click(seat("s1", "Lead", 1));
        List<Div> fitting = _find(Div.class, spec -> spec.withClasses("roster-candidate"));
        assertThat(fitting).isNotEmpty();
        Button assignBest = _find(fitting.get(0), Button.class).get(0);

        _click(assignBest);

        String chosen = drafts.snapshot(campId).get(LEAD).person();
        assertThat(chosen).isNotNull();
        assertThat(seat("s1", "Lead", 1).getText()).startsWith("Lead 1: ").doesNotContain("Empty");

        _click(_get(Button.class, spec -> spec.withId("pin")));

        assertThat(drafts.snapshot(campId).get(LEAD).pinned()).isTrue();
        assertThat(seat("s1", "Lead", 1).getText()).endsWith("(pinned)");
    }

    @Test
    void peopleWhoCannotTakeASeatShowWhy() {
        click(seat("s6", "Lead", 1));
        _get(Details.class, spec -> spec.withId("who-cannot")).setOpened(true);
        _get(Details.class, spec -> spec.withClasses("roster-who-cannot-group")
                .withPredicate(group -> group.getSummaryText().startsWith("Only when available ("))).setOpened(true);

        List<Div> unfit = _find(Div.class, spec -> spec.withClasses("roster-candidate-unfit"));
        assertThat(unfit).anySatisfy(row -> assertThat(_find(row, Span.class)).extracting(Span::getText)
                .contains("Xavier Okafor", "away Wed 8 Jul 00:00 – Sat 11 Jul 00:00"));
        assertThat(unfit).allSatisfy(row -> assertThat(_find(row, Button.class)).isEmpty());
    }

    @Test
    void theSeatPanelIsTitledWithTheSessionAndOffersTheOccupantOnlyUnassignAndPin() {
        workspace.assign(campId, LEAD, "p1", false, drafts.snapshot(campId).get(LEAD).version(), ANOTHER_PLANNER);
        MockVaadin.clientRoundtrip();

        click(seat("s1", "Lead", 1));

        assertThat(_get(H3.class, spec -> spec.withId("seat-panel-title")).getText())
                .isEqualTo("Morning sports, Mon 6 Jul 09:00–12:00");
        assertThat(_get(Paragraph.class, spec -> spec.withId("seat-occupant")).getText()).isEqualTo("Now: Noah Smith");
        assertThat(_get(Button.class, spec -> spec.withId("unassign")).getText()).isEqualTo("Unassign");
        assertThat(_get(Button.class, spec -> spec.withId("pin")).getText()).isEqualTo("Pin");
        assertThat(_find(Button.class, spec -> spec.withId("assign-p1"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withClasses("roster-candidate-name"))).extracting(Span::getText)
                .doesNotContain("Noah Smith");
    }

    @Test
    void theSelectedSeatIsMarkedOnTheBoardUntilAnotherIsSelectedOrThePanelClosed() {
        click(seat("s1", "Lead", 1));
        assertThat(seat("s1", "Lead", 1).getClassNames()).contains("roster-seat-selected");

        click(seat("s6", "Lead", 1));
        assertThat(seat("s1", "Lead", 1).getClassNames()).doesNotContain("roster-seat-selected");
        assertThat(seat("s6", "Lead", 1).getClassNames()).contains("roster-seat-selected");

        _click(_get(Button.class, spec -> spec.withId("seat-panel-close")));
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("roster-seat-selected"))).isEmpty();
        assertThat(_find(H3.class, spec -> spec.withId("seat-panel-title"))).isEmpty();
    }

    @Test
    void anEditDrawsAgainOnlyTheCardOfItsSession() {
        Div otherCard = card("s6");
        click(seat("s1", "Lead", 1));
        Div editedCard = card("s1");

        _click(_get(Button.class, spec -> spec.withId("assign-p1")));

        assertThat(card("s6")).isSameAs(otherCard);
        assertThat(card("s1")).isNotSameAs(editedCard);
        assertThat(seat("s1", "Lead", 1).getText()).isEqualTo("Lead 1: Noah Smith");
        assertThat(seat("s1", "Lead", 1).getClassNames()).contains("roster-seat-selected");
    }

    @Test
    void aSaveThatCollidesWithAnotherPlannersChangeIsRefusedAndSaysWhatChanged() {
        click(seat("s1", "Lead", 1));
        // saved through another app instance, so this page has not been told yet
        drafts.assign(campId, LEAD, "p3", false, drafts.snapshot(campId).get(LEAD).version());

        _click(_get(Button.class, spec -> spec.withId("assign-p1")));

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).contains("Lead 1 in Morning sports, Mon 6 Jul 09:00 was changed by someone else meanwhile: it now has Hiro Cote"));
        assertThat(drafts.snapshot(campId).get(LEAD).person()).isEqualTo("p3");
    }

    @Test
    void anotherPlannersChangeAppearsWithoutReloading() {
        workspace.assign(campId, LEAD, "p1", false, drafts.snapshot(campId).get(LEAD).version(), ANOTHER_PLANNER);
        MockVaadin.clientRoundtrip();

        assertThat(seat("s1", "Lead", 1).getText()).isEqualTo("Lead 1: Noah Smith");
    }

    @Test
    void aBrokenRuleIsListedInWordsAndSelectingItHighlightsTheSession() {
        workspace.assign(campId, new SeatKey("s6", "Lead", 1), "p2", true, -1, ANOTHER_PLANNER);
        MockVaadin.clientRoundtrip();

        NativeButton sentence = _get(NativeButton.class,
                spec -> spec.withText("Xavier Okafor is away Wed 8 Jul – Fri 10 Jul but sits in Morning music on Wed 8 Jul"));
        assertThat(_find(Div.class, spec -> spec.withClasses("roster-session-broken"))).isNotEmpty();

        click(sentence);

        assertThat(_find(Div.class, spec -> spec.withClasses("roster-session-highlighted")))
                .singleElement().satisfies(card -> assertThat(card.getElement().getAttribute("data-session")).isEqualTo("s6"));
        assertThat(seat("s6", "Lead", 1).getClassNames()).contains("roster-seat-highlighted");
    }

    @Test
    void theRulesPanelSaysTheScoreInPlainWords() {
        assertThat(_get(Span.class, spec -> spec.withId("roster-score")).getText())
                .matches("No rule broken\\. \\d+ seats empty\\.");

        workspace.assign(campId, new SeatKey("s6", "Lead", 1), "p2", true, -1, ANOTHER_PLANNER);
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("roster-score")).getText())
                .matches("2 hard rules broken: Only when available, Safeguarding\\. \\d+ seats empty\\.");
        assertThat(_find(Details.class, spec -> spec.withClasses("roster-rule-hard"))).extracting(Details::getSummaryText)
                .containsExactly("Only when available: 1 seat taken by someone who is not available then",
                        "Safeguarding: 1 session without enough safe adults");
    }

    @Test
    void aShortSolveFillsTheRosterAndShowsTheScore() throws Exception {
        _get(SolveBar.class).seconds.setValue(2);

        _click(_get(Button.class, spec -> spec.withText("Solve")));
        assertThat(solving.awaitEnd(campId, Duration.ofSeconds(30))).isTrue();
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("solve-progress")).getText())
                .startsWith("Solved: 50 of 50 seats filled, no rule broken; ").doesNotContain("hard/");
        assertThat(_get(Span.class, spec -> spec.withId("roster-score")).getText())
                .isEqualTo("No rule broken. Every seat is filled.");
        assertThat(_find(Details.class, spec -> spec.withClasses("roster-rule"))).extracting(Details::getSummaryText)
                .allSatisfy(line -> assertThat(line).doesNotContainPattern("-?\\d+(hard|medium|soft)"))
                .anySatisfy(line -> assertThat(line).matches("Fair share of pledged hours: \\d+ (person|people) off their weekly pledge"));
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("roster-seat-empty"))).isEmpty();
    }

    @Test
    void aCampWithNothingPublishedOffersNoChoiceAboutThePublishedRoster() {
        assertThat(_find(Span.class, spec -> spec.withId("published-roster"))).isEmpty();
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("solve-stability"))).isEmpty();
    }

    @Test
    void choosingAPersonShowsTheirShiftsAndHoursAgainstTheirPledge() {
        workspace.assign(campId, new SeatKey("s7", "Helper", 1), "p5", false, -1, ANOTHER_PLANNER);
        MockVaadin.clientRoundtrip();

        @SuppressWarnings("unchecked")
        ComboBox<CampPlan.Person> person = _get(ComboBox.class, spec -> spec.withLabel("Person"));
        person.setValue(person.getListDataView().getItems().filter(p -> p.id().equals("p5")).findFirst().orElseThrow());

        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains(
                "Week of Mon 6 Jul: 3 h of 4 h pledged", "Wed 8 Jul 13:00–16:00 Afternoon swim (Helper 1)");
        assertThat(_find(Div.class, spec -> spec.withClasses("roster-session"))).hasSize(1);
    }

    private static Div card(String session) {
        return _get(Div.class, spec -> spec.withClasses("roster-session")
                .withPredicate(card -> session.equals(card.getElement().getAttribute("data-session"))));
    }

    private static NativeButton seat(String session, String role, int index) {
        return _get(NativeButton.class, spec -> spec.withId(SessionCard.seatId(new SeatKey(session, role, index))));
    }

    @Test
    void aSolveLeftBehindByALostServerIsStartedAgainAndTheBoardSaysSo() throws Exception {
        // what a lost instance leaves: its camp's job marked running by it, and db-scheduler's execution
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO solve_job (camp_id, active_camp_id, state, stability, spent_ms, unimproved_ms,"
                        + " baseline, started_by, started_as, started_at, runner, runs) VALUES (?, ?, 'RUNNING',"
                        + " 'KEEP_PUBLISHED', 60000, 60000, '[]', ?, 'ROLE_ADMIN', CURRENT_TIMESTAMP, 'lost-instance', 1)")
                .params(campId, campId, CurrentUser.name()).update(key, "id");
        long jobId = key.getKeyAs(Number.class).longValue();
        // a planner opens the board anew while it is so
        UI.getCurrent().navigate(PrintableRosterView.class, campId);
        UI.getCurrent().navigate(RosterBoardView.class, campId);
        assertThat(_get(Button.class, spec -> spec.withText("Stop")).isEnabled()).isTrue();

        scheduler.schedule(campSolveTask.instance(String.valueOf(jobId), jobId), Instant.now());
        try {
            await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                MockVaadin.clientRoundtrip();
                assertThat(_get(Span.class, spec -> spec.withId("solve-progress")).getText()).startsWith(
                        "The server that was solving this roster stopped; another one started again from the draft.");
            });
            _click(_get(Button.class, spec -> spec.withText("Stop")));
        } finally {
            solving.stop(campId);
            assertThat(solving.awaitEnd(campId, Duration.ofSeconds(30))).isTrue();
        }
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("solve-progress")).getText()).startsWith("Solved: ");
    }

    private static void click(Component seat) {
        ComponentUtil.fireEvent(seat, new ClickEvent<>(seat));
    }
}
