package org.campcoplanner.impact.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.format.CampPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo leader reads the camp's impact: figures, pictures with their numbers, downloads. */
@H2Test
class ImpactViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Override
    protected String signedInAs() {
        return "leader";
    }

    @Test
    void theLeaderSeesTheFiguresEachChartWithItsNumbersAndTheDownloads() {
        UI.getCurrent().navigate(ImpactView.class, campId());

        assertThat(figure("tile-resident-hours")).matches("\\d[\\d,.]*hours given by residents.*");
        assertThat(figure("tile-staff-hours")).contains("hours given by city staff");
        assertThat(figure("tile-joint")).matches("\\d+ %of sessions held were run by residents and staff together: \\d+ of \\d+ had both there");
        assertThat(_find(Html.class)).hasSize(4).allSatisfy(chart -> assertThat(chart.getElement().getOuterHTML())
                .contains("<svg").contains("role=\"img\"").doesNotContain("<script"));
        assertThat(_find(NativeTable.class)).hasSize(4);
        assertThat(_get(Div.class, spec -> spec.withId("chart-hours")).getElement().getOuterHTML())
                .contains("Residents").contains("Staff").contains("<caption>Hours given per week</caption>");
        assertThat(_get(Div.class, spec -> spec.withId("chart-reflections")).getElement().getOuterHTML())
                .contains("It went very well");
        assertThat(_find(Anchor.class, spec -> spec.withText("Hours per person, with staff hours outside standard hours")))
                .singleElement().satisfies(link -> assertThat(link.getHref())
                        .isEqualTo("export/camps/" + campId() + "/hours.csv"));
        assertThat(_find(Anchor.class)).anySatisfy(link -> assertThat(link.getHref())
                .startsWith("export/camps/" + campId() + "/impact.csv?from="));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("impact-quote")))
                .as("the demo's French volunteer let the report quote her story")
                .anySatisfy(quote -> assertThat(quote.getText()).contains("cabane"));
    }

    @Test
    void aCampUnderWayOpensOnItsDaysSoFar() {
        UI.getCurrent().navigate(ImpactView.class, campId());

        assertThat(_get(DatePicker.class, spec -> spec.withId("impact-to")).getValue())
                .isEqualTo(LocalDate.now(clock.withZone(ZoneId.of(CampPlan.DEFAULT_TIME_ZONE))));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedOnTheField() {
        UI.getCurrent().navigate(ImpactView.class, campId());
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("impact-to"));
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("impact-from"));

        from.setValue(LocalDate.of(2026, 8, 1));
        to.setValue(LocalDate.of(2026, 7, 1));
        _click(_get(Button.class, spec -> spec.withId("impact-show")));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last day comes before the first.");
        assertThat(_find(Html.class)).isEmpty();

        to.setValue(LocalDate.of(2026, 8, 31));
        _click(_get(Button.class, spec -> spec.withId("impact-show")));
        assertThat(to.isInvalid()).isFalse();
        assertThat(_find(Html.class)).hasSize(4);
    }

    @Test
    void aPlannerOfOneCampHasNobodyToLinkToAnEarlierCamp() {
        UI.getCurrent().navigate(ImpactView.class, campId());

        assertThat(_get(Div.class, spec -> spec.withId("returning-residents")).getElement().getOuterHTML())
                .contains("Returning residents").contains("You plan no other camp");
    }

    @Test
    void aFrenchReaderReadsTheImpactInFrench() {
        signInOnANewPage("animatrice");
        UI.getCurrent().navigate(ImpactView.class, campId());

        assertThat(figure("tile-resident-hours")).contains("heures données par les résidents");
        assertThat(_get(Div.class, spec -> spec.withId("chart-hours")).getElement().getOuterHTML())
                .contains("Résidents").contains("Personnel").doesNotContain(">Staff<");
        assertThat(_find(Anchor.class, spec -> spec.withText("Registre des crédits de temps"))).hasSize(1);
    }

    private String figure(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private long campId() {
        return jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
    }
}
