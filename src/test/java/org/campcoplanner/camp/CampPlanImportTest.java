package org.campcoplanner.camp;

import org.springframework.security.test.context.support.WithMockUser;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.BadPlans;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.InvalidPlanException;
import org.campcoplanner.planning.format.PlanJson;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@PostgresTest
@WithMockUser(roles = "ADMIN")
class CampPlanImportTest {

    @Autowired
    CampPlanService campPlans;
    @Autowired
    JdbcTemplate jdbc;

    private final PlanWriter writer = new PlanWriter();

    @ParameterizedTest
    @ValueSource(strings = {TestPlans.SMALL_CAMP, TestPlans.OVERNIGHT_CAMP, TestPlans.CONSENT_CAMP})
    void exportThenImportThenExportGivesTheSameJson(String planFile) {
        CampPlan firstExport = campPlans.exportPlan(campPlans.importPlan(TestPlans.read(planFile)));
        String firstJson = writer.write(firstExport);

        String secondJson = writer.write(campPlans.exportPlan(campPlans.importPlan(firstJson)));

        assertThat(secondJson).isEqualTo(firstJson);
    }

    /**
     * The shared example (small-camp.json is a copy of spec/examples/small-camp.json) written by another
     * team's tool comes back meaning the same, field for field, once defaults are written out.
     */
    @ParameterizedTest
    @ValueSource(strings = {TestPlans.SMALL_CAMP, TestPlans.OVERNIGHT_CAMP, TestPlans.CONSENT_CAMP})
    void importThenExportSaysWhatTheFileSaid(String planFile) {
        String input = TestPlans.read(planFile);

        String export = writer.write(campPlans.exportPlan(campPlans.importPlan(input)));

        assertThat(TestPlans.meaning(export)).isEqualTo(TestPlans.meaning(input));
    }

    @Test
    void aPlanWithLanguagesConsentsAndTheConsentRuleComesBackAsItWas() throws Exception {
        String input = TestPlans.read(TestPlans.CONSENT_CAMP);

        String export = writer.write(campPlans.exportPlan(campPlans.importPlan(input)));

        assertThat(PlanJson.mapper().readTree(export)).isEqualTo(PlanJson.mapper().readTree(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.campcoplanner.planning.format.BadPlans#all")
    void aBadDocumentIsRefusedAndNothingIsStored(BadPlans.BadPlan bad) {
        Map<String, Integer> before = StoredRows.count(jdbc);

        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class,
                () -> campPlans.importPlan(bad.document()));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).anySatisfy(problem -> assertThat(problem.path()).isEqualTo(bad.path()));
        assertThat(StoredRows.count(jdbc)).isEqualTo(before);
    }
}
