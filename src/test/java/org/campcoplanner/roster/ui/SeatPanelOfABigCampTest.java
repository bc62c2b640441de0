package org.campcoplanner.roster.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The seat panel and the rules panel on the board of a six-week camp of sixty people with nobody seated yet. */
@H2Test
class SeatPanelOfABigCampTest extends KaribuTest {

    private static final Object ANOTHER_PLANNER = new Object();

    @Autowired
    CampPlanService campPlans;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    RosterWorkspace workspace;

    private CampPlan plan;
    private long campId;

    @BeforeEach
    void openTheBoardOfAnEmptyCamp() {
        plan = new CampGenerator().generate(CampSize.DEMO, 11L);
        campId = campPlans.importPlan(plan.withAssignments(List.of()));
        UI.getCurrent().navigate(RosterBoardView.class, campId);
    }

    @Test
    void atMostTenPeopleAreOfferedEachWithWhatTheyWouldDoInWords() {
        click(_find(NativeButton.class, spec -> spec.withClasses("roster-seat-empty")).get(0));

        List<Div> offered = _find(Div.class, spec -> spec.withClasses("roster-candidate"));
        assertThat(offered).hasSizeBetween(1, SeatPanel.CANDIDATES_SHOWN);
        assertThat(offered).allSatisfy(row -> {
            assertThat(_find(row, Button.class)).singleElement().extracting(Button::getText).isEqualTo("Assign");
            String gain = _get(row, Span.class, spec -> spec.withClasses("roster-candidate-gain")).getText();
            assertThat(gain).matches(".*(no rule broken|the session still needs a second checked adult)$")
                    .doesNotContainPattern("\\d+(hard|medium|soft)").doesNotContainPattern("\\bp\\d+\\b");
        });
    }

    @Test
    void whoCannotTakeTheSeatIsFoldedAwayAndGroupedByTheRuleThatKeepsThemOut() {
        click(_find(NativeButton.class, spec -> spec.withClasses("roster-seat-empty")).get(0));

        Details whoCannot = _get(Details.class, spec -> spec.withId("who-cannot"));
        assertThat(whoCannot.isOpened()).isFalse();
        assertThat(whoCannot.getSummaryText()).matches("Who cannot, and why \\(\\d+\\)");
        List<Details> groups = _find(whoCannot, Details.class, spec -> spec.withClasses("roster-who-cannot-group"));
        assertThat(groups).isNotEmpty().allSatisfy(group -> {
            assertThat(group.isOpened()).isFalse();
            assertThat(group.getSummaryText()).matches("[A-Z][a-z ]+ \\(\\d+\\)");
        });
        int people = groups.stream().mapToInt(group -> Integer.parseInt(group.getSummaryText()
                .replaceAll(".*\\((\\d+)\\)$", "$1"))).sum();
        assertThat(whoCannot.getSummaryText()).endsWith("(" + people + ")");

        groups.get(0).setOpened(true);
        List<Div> rows = _find(groups.get(0), Div.class, spec -> spec.withClasses("roster-candidate-unfit"));
        assertThat(rows).hasSize(Integer.parseInt(groups.get(0).getSummaryText().replaceAll(".*\\((\\d+)\\)$", "$1")))
                .allSatisfy(row -> assertThat(_find(row, Button.class)).isEmpty());
    }

    @Test
    void selectingARuleSentenceBringsItsWeekIntoView() {
        CampPlan.Session later = plan.sessions().stream()
                .filter(s -> s.start().toLocalDate().isAfter(plan.sessions().get(0).start().toLocalDate().plusDays(14)))
                .filter(s -> seats(s).size() >= 2)
                .min(Comparator.comparing(CampPlan.Session::start)).orElseThrow();
        CampPlan.Person someone = plan.people().get(0);
        for (SeatKey key : seats(later).subList(0, 2)) {
            workspace.assign(campId, key, someone.id(), true,
                    drafts.snapshot(campId).getOrDefault(key, SeatState.NEVER_ASSIGNED).version(), ANOTHER_PLANNER);
        }
        MockVaadin.clientRoundtrip();
        assertThat(_find(Div.class, spec -> spec.withClasses("roster-session")
                .withPredicate(card -> later.id().equals(card.getElement().getAttribute("data-session"))))).isEmpty();

        click(_find(NativeButton.class, spec -> spec.withClasses("roster-breach")
                .withPredicate(sentence -> sentence.getText().contains(someone.name()))).get(0));

        @SuppressWarnings("unchecked")
        Select<LocalDate> week = _get(Select.class, spec -> spec.withLabel("Week"));
        assertThat(week.getValue()).isEqualTo(later.start().toLocalDate().with(DayOfWeek.MONDAY));
        assertThat(_find(Div.class, spec -> spec.withClasses("roster-session-highlighted")))
                .anySatisfy(card -> assertThat(card.getElement().getAttribute("data-session")).isEqualTo(later.id()));
    }

    /** The session's seats, numbered per role as the board numbers them. */
    private static List<SeatKey> seats(CampPlan.Session session) {
        Map<String, Integer> perRole = new HashMap<>();
        List<SeatKey> keys = new ArrayList<>();
        for (CampPlan.SeatGroup group : session.seats()) {
            for (int i = 0; i < (group.count() == null ? 1 : group.count()); i++) {
                keys.add(new SeatKey(session.id(), group.role(), perRole.merge(group.role(), 1, Integer::sum)));
            }
        }
        return keys;
    }

    private static void click(Component component) {
        ComponentUtil.fireEvent(component, new ClickEvent<>(component));
    }
}
