package org.campcoplanner.planning.format;

import org.campcoplanner.base.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campcoplanner.planning.format.TestPlans.SMALL_CAMP;
import static org.campcoplanner.planning.format.TestPlans.at;

/** Names and titles with invisible direction controls are refused; names in any script are not. */
class DirectionControlsTest {

    private final PlanReader reader = new PlanReader();

    @Test
    void aPersonsNameWithARightToLeftOverrideIsRefusedAtItsPath() {
        String plan = TestPlans.changed(SMALL_CAMP, d -> at(d, "/people/0").put("name", "Ann\u202Eelk Smith"));

        assertThatThrownBy(() -> reader.read(plan)).isInstanceOfSatisfying(InvalidPlanException.class,
                e -> assertThat(e.problems()).containsExactly(new PlanProblem("$.people[0].name", DirectionControls.REASON)));
    }

    @Test
    void theReasonIsSaidInTheReadersLanguage() {
        assertThat(TestTexts.english(DirectionControls.REASON)).startsWith("must not contain invisible text-direction controls");
        assertThat(TestTexts.french(DirectionControls.REASON)).startsWith("ne doit pas contenir");
    }

    @Test
    void sessionTitlesCampAndSiteNamesRefuseIsolatesToo() {
        String plan = TestPlans.changed(SMALL_CAMP, d -> {
            at(d, "/sessions/0").put("title", "Swim \u2066time\u2069");
            at(d, "/camp").put("name", "\u202ACamp");
            at(d, "/sites/0").put("name", "Park\u2067");
        });

        assertThatThrownBy(() -> reader.read(plan)).isInstanceOfSatisfying(InvalidPlanException.class,
                e -> assertThat(e.problems()).extracting(PlanProblem::path)
                        .containsExactlyInAnyOrder("$.sessions[0].title", "$.camp.name", "$.sites[0].name"));
    }

    @Test
    void namesInRightToLeftScriptsAndWithAccentsAreFine() {
        String plan = TestPlans.changed(SMALL_CAMP, d -> {
            at(d, "/people/0").put("name", "مريم الحسيني");
            at(d, "/people/1").put("name", "נועה כהן");
            at(d, "/sessions/0").put("title", "Natation — été");
        });

        assertThat(reader.read(plan).people().get(0).name()).isEqualTo("مريم الحسيني");
    }
}
