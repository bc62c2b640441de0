package org.campcoplanner.planning.format;

import org.campcoplanner.base.TestTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.campcoplanner.planning.format.TestPlans.OVERNIGHT_CAMP;
import static org.campcoplanner.planning.format.TestPlans.SMALL_CAMP;
import static org.campcoplanner.planning.format.TestPlans.at;

class PlanReaderTest {

    private final PlanReader reader = new PlanReader();
    private final PlanWriter writer = new PlanWriter();

    @Test
    void readsTheSharedExample() {
        CampPlan plan = reader.read(TestPlans.read(SMALL_CAMP));

        assertThat(plan.camp().name()).isEqualTo("Neighbourhood Summer Camp 101");
        assertThat(plan.sites()).hasSize(2);
        assertThat(plan.people()).hasSize(24);
        assertThat(plan.sessions()).hasSize(14);
    }

    @Test
    void readsOvernightSessionsAndWindowsOverMidnight() {
        CampPlan plan = reader.read(TestPlans.read(OVERNIGHT_CAMP));

        CampPlan.Session campout = plan.sessions().get(0);
        assertThat(campout.end()).isEqualTo(LocalDateTime.of(2026, 7, 11, 9, 0));
        CampPlan.WeeklyWindow friday = plan.people().get(0).availability().weekly().get(0);
        assertThat(friday.from()).isEqualTo(LocalTime.of(18, 0));
        assertThat(friday.to()).isEqualTo(LocalTime.of(10, 0));
        assertThat(plan.people().get(0).credentials().get(0).validUntil()).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(plan.assignments()).hasSize(4);
        assertThat(plan.assignments().get(2).person()).isNull();
        assertThat(plan.assignments().get(2).pinned()).isTrue();
    }

    @Test
    void writingAndReadingAgainKeepsThePlan() {
        CampPlan plan = reader.read(TestPlans.read(OVERNIGHT_CAMP));

        assertThat(reader.read(writer.write(plan))).isEqualTo(plan);
    }

    @Test
    void readsPreferredLanguagesGuardianConsentsAndTheCampsConsentRule() {
        CampPlan plan = reader.read(TestPlans.read(TestPlans.CONSENT_CAMP));

        assertThat(plan.camp().rules().youthNeedGuardianConsent()).isTrue();
        assertThat(plan.people()).extracting(CampPlan.Person::preferredLanguage)
                .containsExactly("fr", "en", "fr-CA", null, null);
        assertThat(plan.people().get(2).guardianConsent()).isEqualTo(
                new CampPlan.GuardianConsent(LocalDate.of(2026, 6, 20), "Claire Martin", ConsentMethod.PAPER));
        assertThat(plan.people().get(4).guardianConsent()).isNull();
    }

    @Test
    void aConsentDatedAfterTheCampIsKeptAsWritten() {
        CampPlan plan = reader.read(TestPlans.read(TestPlans.CONSENT_CAMP));

        assertThat(plan.camp().endDate()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(plan.people().get(3).guardianConsent())
                .isEqualTo(new CampPlan.GuardianConsent(LocalDate.of(2026, 7, 15), "Minh Nguyen", null));
    }

    @Test
    void aPlanThatLeavesTheConsentRuleOutReadsWithoutIt() {
        CampPlan plan = reader.read(TestPlans.read(OVERNIGHT_CAMP));

        assertThat(plan.camp().rules().youthNeedGuardianConsent()).isNull();
        assertThat(writer.write(plan)).doesNotContain("youthNeedGuardianConsent", "preferredLanguage", "guardianConsent");
    }

    @Test
    void writingAndReadingAgainKeepsLanguagesAndConsents() {
        CampPlan plan = reader.read(TestPlans.read(TestPlans.CONSENT_CAMP));

        String json = writer.write(plan);

        assertThat(reader.read(json)).isEqualTo(plan);
        assertThat(json).contains("\"youthNeedGuardianConsent\" : true", "\"preferredLanguage\" : \"fr-CA\"",
                "\"given\" : \"2026-06-20\"", "\"method\" : \"PAPER\"");
    }

    @Test
    void writesHoursAndTimesAsPeopleWriteThem() {
        String json = writer.write(reader.read(TestPlans.read(OVERNIGHT_CAMP)));

        assertThat(json).contains("\"maxHoursPerDay\" : 14,", "\"pledgedHoursPerWeek\" : 6.5",
                "\"start\" : \"2026-07-10T19:00\"", "\"from\" : \"18:00\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.campcoplanner.planning.format.BadPlans#all")
    void refusesBadDocumentsNamingWhereAndWhy(BadPlans.BadPlan bad) {
        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> reader.read(bad.document()));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems())
                .anySatisfy(problem -> {
                    assertThat(problem.path()).isEqualTo(bad.path());
                    assertThat(TestTexts.english(problem.reason())).contains(bad.reasonPart());
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.campcoplanner.planning.format.BadPlans#all")
    void saysEveryProblemInFrenchToo(BadPlans.BadPlan bad) {
        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> reader.read(bad.document()));

        assertThat(refused.problems()).allSatisfy(problem -> {
            String french = TestTexts.french(problem.said());
            assertThat(french).startsWith(problem.path() + " : ").doesNotContainPattern("\\{\\d").doesNotContain("''");
            assertThat(TestTexts.french(problem.reason())).isNotEqualTo(TestTexts.english(problem.reason()));
        });
        assertThat(refused).hasMessageContaining(bad.path());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String document = TestPlans.changed(OVERNIGHT_CAMP, d -> {
            at(d, "/camp").put("timeZone", "Nowhere/Land");
            at(d, "/sessions/1").put("site", "pool");
            at(d, "/sessions/0").put("children", "many");
            at(d, "/assignments/0").put("person", "zoe");
        });

        assertThatThrownBy(() -> reader.read(document))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.problems())
                        .extracting(PlanProblem::path)
                        .containsExactlyInAnyOrder("$.camp.timeZone", "$.sessions[1].site", "$.sessions[0].children",
                                "$.assignments[0].person"));
    }

    @Test
    void aHugeSeatCountIsRefusedWithItsPathInUnderASecond() {
        String document = TestPlans.changed(OVERNIGHT_CAMP, d -> at(d, "/sessions/0/seats/1").put("count", 2_000_000));

        long started = System.nanoTime();
        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> reader.read(document));

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(1));
        assertThat(refused.problems()).extracting(PlanProblem::path).contains("$.sessions[0].seats[1].count");
    }

    @Test
    void numbersBeyondAnIntAreNamedAsTheyAreWrittenAndNeverWrapRound() {
        String document = TestPlans.changed(OVERNIGHT_CAMP, d -> {
            at(d, "/sessions/0/seats/1").put("count", Integer.MAX_VALUE);
            at(d, "/sessions/1").put("children", Integer.MAX_VALUE);
        });

        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> reader.read(document));

        assertThat(refused.problems()).extracting(PlanProblem::path)
                .contains("$.sessions[0].seats[1].count", "$.sessions[1].children");
        assertThat(refused.problems()).extracting(problem -> TestTexts.english(problem.reason())).noneMatch(message -> message.matches(".*-\\d.*"));
    }

    @Test
    void adultsNeededIsExactForAnyNumberOfChildren() {
        assertThat(CampPlan.adultsNeeded(Integer.MAX_VALUE, 8)).isEqualTo(268_435_456);
        assertThat(CampPlan.adultsNeeded(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(2);
        assertThat(CampPlan.adultsNeeded(17, 8)).isEqualTo(3);
    }

    /** A real city camp's coordinator never meets a limit: a plan at every one of them reads. */
    @Test
    void aPlanAtEveryLimitIsRead() {
        String document = TestPlans.changed(OVERNIGHT_CAMP, d -> {
            at(d, "/camp").put("startDate", "2026-01-01").put("endDate", "2026-12-31")
                    .with("rules").put("travelMinutesBetweenSites", PlanLimits.MAX_TRAVEL_MINUTES);
            at(d, "/camp/rules/weights").put("stability", PlanLimits.MAX_WEIGHT).put("fairness", PlanLimits.MAX_WEIGHT);
            at(d, "/camp/rules/childrenPerAdult").put("default", PlanLimits.MAX_CHILDREN_PER_ADULT);
            at(d, "/sessions/0").put("children", PlanLimits.MAX_CHILDREN_PER_SESSION);
            com.fasterxml.jackson.databind.node.ArrayNode seats = at(d, "/sessions/0").putArray("seats");
            seats.addObject().put("role", "Lead").put("count", PlanLimits.MAX_SEATS_PER_LINE);
            seats.addObject().put("role", "Helper").put("count", PlanLimits.MAX_SEATS_PER_LINE);
        });

        CampPlan plan = reader.read(document);

        assertThat(plan.sessions().get(0).seats()).extracting(CampPlan.SeatGroup::count)
                .containsExactly(PlanLimits.MAX_SEATS_PER_LINE, PlanLimits.MAX_SEATS_PER_LINE);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> reader.read("  "))
                .isInstanceOfSatisfying(InvalidPlanException.class,
                        e -> assertThat(e.problems()).extracting(PlanProblem::path).containsExactly("$"));
    }
}
