package org.campcoplanner.sessions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.security.SystemActor;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.sessions.SeatLine;
import org.campcoplanner.sessions.SeatTemplate;
import org.campcoplanner.sessions.SeriesSummary;
import org.campcoplanner.sessions.SessionForm;
import org.campcoplanner.sessions.SessionPlanningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A planner sets up recurring sessions of the shared example camp (Jul 6-12). */
@H2Test
class SessionsViewTest extends KaribuTest {

    private static final String SERIES = "Tuesday and Thursday evening sports";

    @Autowired
    CampPlanService campPlans;
    @Autowired
    SessionPlanningService sessions;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private long campId;
    private SeriesEditor editor;

    @BeforeEach
    void openTheSessionsOfANewCamp() {
        campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        UI.getCurrent().navigate(SessionsView.class, campId);
        editor = _get(SeriesEditor.class);
    }

    private void fillEveryTuesdayAndThursdayEvening(int children) {
        editor.name.setValue(SERIES);
        editor.title.setValue("Evening sports");
        editor.activity.setValue("sports");
        editor.site.setValue(editor.site.getListDataView().getItems().filter(s -> s.name().equals("Exhibition Park"))
                .findFirst().orElseThrow());
        editor.days.setValue(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        editor.from.setValue(LocalTime.of(18, 0));
        editor.to.setValue(LocalTime.of(21, 0));
        editor.firstDay.setValue(LocalDate.of(2026, 7, 6));
        editor.lastDay.setValue(LocalDate.of(2026, 7, 12));
        editor.children.setValue(children);
        editor.ageGroup.setValue("9-12");
        editor.seats.setValue(SeatTemplate.LEAD_FIRST_AIDER_TWO_HELPERS);
    }

    @Test
    void aSeriesCreatesEverySession() {
        fillEveryTuesdayAndThursdayEvening(16);

        _click(editor.save);

        List<CampPlan.Session> created = seriesSessions();
        assertThat(created).extracting(CampPlan.Session::start).containsExactly(
                LocalDateTime.of(2026, 7, 7, 18, 0), LocalDateTime.of(2026, 7, 9, 18, 0));
        assertThat(created.get(0).seats()).extracting(CampPlan.SeatGroup::role).containsExactly("Lead", "First aider", "Helper");
        assertThat(seriesGrid()).extracting(SeriesSummary::name).contains(SERIES);
    }

    @Test
    void tooFewSeatsForTheChildrenIsAFormErrorAndNothingIsSaved() {
        int sessionsBefore = campPlans.exportPlan(campId).sessions().size();
        fillEveryTuesdayAndThursdayEvening(60);

        _click(editor.save);

        assertThat(editor.seats.isInvalid()).isTrue();
        assertThat(editor.seats.getErrorMessage()).contains("needs at least 6 adults");
        assertThat(campPlans.exportPlan(campId).sessions()).hasSize(sessionsBefore);
    }

    @Test
    void aMissingWeekdayIsNamed() {
        fillEveryTuesdayAndThursdayEvening(16);
        editor.days.setValue(Set.of());

        _click(editor.save);

        assertThat(editor.days.isInvalid()).isTrue();
        assertThat(editor.days.getErrorMessage())
                .isEqualTo("choose at least one weekday, or the same first and last day for a single session");
    }

    @Test
    void aSingleSessionIsASeriesOfOneDate() {
        fillEveryTuesdayAndThursdayEvening(16);
        editor.days.setValue(Set.of());
        editor.firstDay.setValue(LocalDate.of(2026, 7, 8));
        editor.lastDay.setValue(LocalDate.of(2026, 7, 8));

        _click(editor.save);

        assertThat(seriesSessions()).extracting(CampPlan.Session::start)
                .containsExactly(LocalDateTime.of(2026, 7, 8, 18, 0));
    }

    @Test
    void changingTheSeriesMovesEveryOccurrence() {
        fillEveryTuesdayAndThursdayEvening(16);
        _click(editor.save);
        SeriesSummary series = seriesGrid().stream().filter(s -> s.name().equals(SERIES)).findFirst().orElseThrow();
        _get(SessionsView.class).getChildren();

        selectSeries(series);
        editor.from.setValue(LocalTime.of(17, 30));
        _click(editor.save);

        assertThat(seriesSessions()).extracting(s -> s.start().toLocalTime()).containsOnly(LocalTime.of(17, 30));
    }

    @Test
    void aFridayCampOutSeriesRunsIntoSaturday() {
        fillEveryTuesdayAndThursdayEvening(10);
        editor.days.setValue(Set.of(DayOfWeek.FRIDAY));
        editor.from.setValue(LocalTime.of(19, 0));
        editor.to.setValue(LocalTime.of(9, 0));
        editor.seats.setValue(SeatTemplate.CAMP_OUT);

        _click(editor.save);

        assertThat(seriesSessions()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(LocalDateTime.of(2026, 7, 10, 19, 0));
            assertThat(s.end()).isEqualTo(LocalDateTime.of(2026, 7, 11, 9, 0));
        });
    }

    @Test
    void oneOccurrenceChangesOnItsOwn() {
        fillEveryTuesdayAndThursdayEvening(16);
        _click(editor.save);
        selectSeries(seriesGrid().stream().filter(s -> s.name().equals(SERIES)).findFirst().orElseThrow());
        SessionForm thursday = sessions.occurrences(campId, SERIES).get(1);

        _get(SessionsView.class).editOccurrence(thursday);
        OccurrenceEditor dialog = _get(OccurrenceEditor.class);
        dialog.start.setValue(LocalDateTime.of(2026, 7, 9, 19, 0));
        dialog.end.setValue(LocalDateTime.of(2026, 7, 9, 22, 0));
        _click(dialog.save);

        assertThat(seriesSessions()).extracting(CampPlan.Session::start).containsExactly(
                LocalDateTime.of(2026, 7, 7, 18, 0), LocalDateTime.of(2026, 7, 9, 19, 0));
    }

    @Test
    void anOccurrenceChangedMeanwhileIsNotOverwritten() {
        fillEveryTuesdayAndThursdayEvening(16);
        _click(editor.save);
        SessionForm seen = sessions.occurrences(campId, SERIES).get(0);
        _get(SessionsView.class).editOccurrence(seen);
        sessions.updateSession(campId, new SessionForm(seen.sessionId(), "Evening football", seen.activity(),
                seen.siteId(), seen.start(), seen.end(), seen.children(), seen.ageGroup(), seen.seats(), seen.version()));
        OccurrenceEditor dialog = _get(OccurrenceEditor.class);
        dialog.children.setValue(20);

        _click(dialog.save);

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).contains("was changed by someone else meanwhile"));
        assertThat(seriesSessions().get(0).title()).isEqualTo("Evening football");
        assertThat(seriesSessions().get(0).children()).isEqualTo(16);
    }

    @Test
    void seatsFromATemplateCanBeChangedLineByLine() {
        fillEveryTuesdayAndThursdayEvening(16);
        editor.seats.setValue(SeatTemplate.LEAD_TWO_HELPERS);
        List<SeatLine> lines = new ArrayList<>(editor.seatLines.getValue());
        lines.add(new SeatLine("Cook", 1, List.of("FOOD_HANDLER"), Set.of(), 15));
        editor.seatLines.setValue(lines);

        _click(editor.save);

        assertThat(seriesSessions().get(0).seats()).extracting(CampPlan.SeatGroup::role)
                .containsExactly("Lead", "Helper", "Cook");
        assertThat(seriesSessions().get(0).seats().get(2).requires()).containsExactly("FOOD_HANDLER");
    }

    @Test
    void seatLinesNameCredentialsAndTakeThemByName() {
        fillEveryTuesdayAndThursdayEvening(16);
        List<TextField> needs = _find(editor.seatLines, TextField.class, spec -> spec.withLabel("Needs credentials"));
        assertThat(needs).extracting(TextField::getValue)
                .containsExactly("Police check (vulnerable sector)", "First aid", "");

        needs.get(2).setValue("first aid, Food handler");
        _click(editor.save);

        assertThat(seriesSessions().get(0).seats()).extracting(CampPlan.SeatGroup::requires).containsExactly(
                List.of("VULNERABLE_SECTOR_CHECK"), List.of("FIRST_AID"), List.of("FIRST_AID", "FOOD_HANDLER"));
    }

    @Test
    void aFrenchPlannerReadsAndTypesCredentialsInFrench() {
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
        UI.getCurrent().navigate(SessionsView.class, campId);
        editor = _get(SeriesEditor.class);
        fillEveryTuesdayAndThursdayEvening(16);
        List<TextField> needs = _find(editor.seatLines, TextField.class, spec -> spec.withLabel("Attestations requises"));
        assertThat(needs).extracting(TextField::getValue)
                .containsExactly("Vérification policière (secteur vulnérable)", "Premiers soins", "");

        needs.get(2).setValue("premiers soins, Sauveteur");
        _click(editor.save);

        assertThat(seriesSessions().get(0).seats()).extracting(CampPlan.SeatGroup::requires).containsExactly(
                List.of("VULNERABLE_SECTOR_CHECK"), List.of("FIRST_AID"), List.of("FIRST_AID", "LIFEGUARD"));
    }

    @Test
    void aSeatLineWithoutARoleIsNamed() {
        fillEveryTuesdayAndThursdayEvening(16);
        editor.seatLines.setValue(List.of(new SeatLine(" ", 2, List.of(), Set.of(), 5)));

        _click(editor.save);

        assertThat(editor.seats.getErrorMessage()).isEqualTo("seat line 1: give the role a name");
    }

    @Test
    void oneOccurrenceGetsAnExtraSeatAndKeepsWhoSitsInTheOthers() {
        fillEveryTuesdayAndThursdayEvening(16);
        _click(editor.save);
        SessionForm tuesday = sessions.occurrences(campId, SERIES).get(0);
        drafts.assign(campId, new SeatKey(tuesday.sessionId(), "Lead", 1), "p1", false, -1);

        _get(SessionsView.class).editOccurrence(tuesday);
        OccurrenceEditor dialog = _get(OccurrenceEditor.class);
        List<SeatLine> lines = new ArrayList<>(dialog.seats.getValue());
        lines.add(new SeatLine("Lifeguard", 1, List.of("LIFEGUARD"), Set.of(), 40));
        dialog.seats.setValue(lines);
        _click(dialog.save);

        CampPlan plan = campPlans.exportPlan(campId);
        assertThat(seriesSessions().get(0).seats()).extracting(CampPlan.SeatGroup::role)
                .containsExactly("Lead", "First aider", "Helper", "Lifeguard");
        assertThat(seriesSessions().get(1).seats()).extracting(CampPlan.SeatGroup::role)
                .containsExactly("Lead", "First aider", "Helper");
        assertThat(plan.assignments()).contains(new CampPlan.Assignment(tuesday.sessionId(), "Lead", 1, "p1", false));
    }

    @Test
    void theSeriesListFillsThePageAndWrapsRatherThanCutsWhatItShows() {
        com.vaadin.flow.component.grid.Grid<?> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("series-grid"));

        assertThat(_get(SessionsView.class).getHeight()).isEqualTo("100%");
        VerticalLayout lists = (VerticalLayout) grid.getParent().orElseThrow();
        assertThat(lists.getFlexGrow(grid)).isEqualTo(1.0);
        assertThat(lists.getHeight()).isEqualTo("100%");
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(grid.getColumns()).filteredOn(column -> column.getFlexGrow() == 0 && column.isAutoWidth())
                .extracting(com.vaadin.flow.component.grid.Grid.Column::getHeaderText).containsExactly("Sessions");
        assertThat(grid.getColumns()).filteredOn(column -> column.getFlexGrow() > 0)
                .extracting(com.vaadin.flow.component.grid.Grid.Column::getHeaderText)
                .containsExactly("Series", "Title", "Site", "When");
    }

    private List<CampPlan.Session> seriesSessions() {
        return campPlans.exportPlan(campId).sessions().stream().filter(s -> SERIES.equals(s.series())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<SeriesSummary> seriesGrid() {
        com.vaadin.flow.component.grid.Grid<SeriesSummary> grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("series-grid"));
        return grid.getListDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aFrenchPlannerSetsUpASeriesInFrench() {
        String username = "sessions-fr-" + System.nanoTime();
        SystemActor.run(() -> accounts.createAdminAsOperator(username, "a long password"));
        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", username);
        signInOnANewPage(username);
        UI.getCurrent().navigate(SessionsView.class, campId);
        editor = _get(SeriesEditor.class);

        assertThat(_get(H2.class).getText()).startsWith("Séances de ");
        assertThat(editor.seats.getItemLabelGenerator().apply(SeatTemplate.SWIM))
                .isEqualTo("Responsable + Sauveteur + Secouriste + Aide");
        assertThat(editor.days.getItemLabelGenerator().apply(DayOfWeek.TUESDAY)).isEqualTo("mar.");
        fillEveryTuesdayAndThursdayEvening(16);

        _click(editor.save);

        assertThat(notifications()).contains("2 séances créées dans " + SERIES);
    }

    private void selectSeries(SeriesSummary series) {
        com.vaadin.flow.component.grid.Grid<SeriesSummary> grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("series-grid"));
        grid.select(series);
    }
}
