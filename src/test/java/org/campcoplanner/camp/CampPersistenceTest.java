package org.campcoplanner.camp;

import org.springframework.security.test.context.support.WithMockUser;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.ConsentMethod;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
@WithMockUser(roles = "ADMIN")
class CampPersistenceTest {

    @Autowired
    CampPlanService campPlans;
    @Autowired
    CampRepository camps;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayMigratedThePostgresDatabase() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        Integer failed = jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class);

        assertThat(product).isEqualTo("PostgreSQL");
        assertThat(failed).isZero();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '0001'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '0005'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void storesAndReloadsAFullPlan() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.OVERNIGHT_CAMP));

        transaction.executeWithoutResult(status -> {
            Camp camp = camps.findById(campId).orElseThrow();
            assertThat(camp.getTimeZone()).isEqualTo("America/Toronto");
            assertThat(camp.getChildrenPerAdult()).containsEntry("9-12", 10).containsEntry("default", 8);
            assertThat(camp.getTravelMinutesBetweenSites()).isEqualTo(20);
            assertThat(camp.getWeights().stability()).isEqualTo(50);
            assertThat(camp.getWeights().coDelivery()).isZero();
            assertThat(camp.getWeights().peerSupport()).isNull();

            Session campout = camp.getSessions().get(0);
            assertThat(campout.isOvernight()).isTrue();
            assertThat(campout.getStartAt()).isEqualTo(LocalDateTime.of(2026, 7, 10, 19, 0));
            assertThat(campout.getEndAt()).isEqualTo(LocalDateTime.of(2026, 7, 11, 9, 0));
            assertThat(campout.getSite().getName()).isEqualTo("Exhibition Park");
            assertThat(campout.getSeats()).extracting(Seat::label).containsExactly("Lead 1", "Helper 1", "Helper 2");
            assertThat(campout.getSeats().get(0).getAllowedKinds()).containsExactly(PersonKind.STAFF, PersonKind.LEADER);
            assertThat(campout.getSeats().get(0).getRequiredCredentials()).containsExactly("VULNERABLE_SECTOR_CHECK");

            Person amina = camp.getPeople().get(0);
            WeeklyWindow friday = amina.getWeeklyAvailability().get(0);
            assertThat(friday).isEqualTo(new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(10, 0)));
            assertThat(friday.endsNextDay()).isTrue();
            assertThat(amina.getCredentials()).containsExactly(
                    new Credential("VULNERABLE_SECTOR_CHECK", LocalDate.of(2026, 7, 11)), new Credential("FIRST_AID", null));
            assertThat(amina.getCredentials().get(0).validOn(LocalDate.of(2026, 7, 11))).isTrue();
            assertThat(amina.getCredentials().get(0).validOn(LocalDate.of(2026, 7, 12))).isFalse();
            assertThat(amina.getUnavailable()).hasSize(1);
            assertThat(amina.getLanguages()).containsExactly("en", "so");
            assertThat(amina.getPledgedHoursPerWeek()).isEqualTo(6.5);

            Person noah = camp.getPeople().get(1);
            assertThat(noah.getStandardHours()).hasSize(2);
            assertThat(noah.getMaxHoursOutsideStandardPerWeek()).isEqualTo(12.25);
            assertThat(camp.getPeople().get(2).isYouth()).isTrue();

            List<Assignment> roster = assignments.findByCamp(campId);
            assertThat(roster).hasSize(4);
            assertThat(roster.get(0).getPerson().getName()).isEqualTo("Amina Yusuf");
            assertThat(roster.get(0).isPinned()).isTrue();
            assertThat(roster.get(2).getPerson()).isNull();
            assertThat(roster.get(2).isPinned()).isTrue();
            assertThat(roster.get(3).isPinned()).isFalse();
        });
    }

    @Test
    void storesPreferredLanguagesGuardianConsentsAndTheCampsConsentRule() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.CONSENT_CAMP));

        transaction.executeWithoutResult(status -> {
            Camp camp = camps.findById(campId).orElseThrow();
            assertThat(camp.isYouthNeedGuardianConsent()).isTrue();
            assertThat(camp.getPeople()).extracting(Person::getPreferredLanguage).containsExactly("fr", "en", "fr-CA", null, null);
            assertThat(camp.getPeople()).extracting(Person::getGuardianConsent).containsExactly(null, null,
                    new GuardianConsent(LocalDate.of(2026, 6, 20), "Claire Martin", ConsentMethod.PAPER),
                    new GuardianConsent(LocalDate.of(2026, 7, 15), "Minh Nguyen", null),
                    null);
        });
        assertThat(jdbc.queryForList("select guardian_consent_method from person where camp_id = ? order by position",
                String.class, campId)).containsExactly(null, null, "PAPER", null, null);
    }

    @Test
    void aPlanWithoutTheConsentRuleStoresItSwitchedOff() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.OVERNIGHT_CAMP));

        assertThat(camps.findById(campId).orElseThrow().isYouthNeedGuardianConsent()).isFalse();
    }

    @Test
    void theDatabaseRefusesAConsentOnAnAdultOrWithoutTheGuardiansName() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.CONSENT_CAMP));
        String consentOf = "update person set guardian_consent_given = date '2026-06-01', guardian_consent_by = ? "
                + "where camp_id = ? and external_id = ?";

        assertThatThrownBy(() -> jdbc.update(consentOf, "Marie Tremblay", campId, "lea"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("person_guardian_consent_youth_only");
        assertThatThrownBy(() -> jdbc.update(consentOf, null, campId, "ava"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("person_guardian_consent_complete");
    }

    @Test
    void aSecondSaveOfAStaleCopyIsRefused() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.OVERNIGHT_CAMP));
        Camp firstPlannersCopy = camps.findById(campId).orElseThrow();
        Camp secondPlannersCopy = camps.findById(campId).orElseThrow();

        firstPlannersCopy.setName("Willow Road Camp-out (renamed)");
        camps.save(firstPlannersCopy);
        secondPlannersCopy.setName("Willow Road Sleepover");

        assertThatThrownBy(() -> camps.save(secondPlannersCopy)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(camps.findById(campId).orElseThrow().getName()).isEqualTo("Willow Road Camp-out (renamed)");
    }
}
