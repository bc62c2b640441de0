package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Credential;
import org.campcoplanner.planning.format.CampPlan.WeeklyWindow;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.rules.TestCamp;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterPlanterTest {

    private static final List<PersonKind> LEADS = List.of(PersonKind.STAFF, PersonKind.LEADER);

    private final RosterPlanter planter = new RosterPlanter(new CampCalendar(LocalDate.of(2026, 7, 6), 3),
            new Chance(2026));

    @Test
    void anAdultWhoIsFreeGetsTheCredentialASeatLacks() {
        CampPlan camp = new TestCamp()
                .person("lena", PersonKind.LEADER)
                .person("omar", PersonKind.VOLUNTEER, p -> p.noCheck())
                .session("swim", "2026-07-08T13:00", "2026-07-08T16:00", s -> s.at("pool")
                        .seat("Lead", List.of(TestCamp.VSC), LEADS, 30).seat("Lifeguard", List.of("LIFEGUARD"), null, 40))
                .plan();

        Planting planting = planter.plant(camp);

        assertThat(planting.unfilled()).isEmpty();
        assertThat(planting.assignments()).extracting(CampPlan.Assignment::person).containsExactly("lena", "omar");
        assertThat(planting.plan().people()).hasSize(2);
        assertThat(planting.plan().people().get(1).credentials()).extracting(Credential::type)
                .containsExactly("LIFEGUARD");
    }

    @Test
    void aSeatNobodyIsFreeForBringsANewResidentForThatTimeOfTheWeek() {
        CampPlan camp = new TestCamp()
                .person("lena", PersonKind.LEADER)
                .session("sports", "2026-07-07T18:00", "2026-07-07T21:00", s -> s
                        .seat("Lead", List.of(TestCamp.VSC), LEADS, 30).seat("Helper", null, null, 5))
                .plan();

        Planting planting = planter.plant(camp);

        assertThat(planting.unfilled()).isEmpty();
        CampPlan.Person recruit = planting.plan().people().get(1);
        assertThat(recruit.id()).isEqualTo("p2");
        assertThat(recruit.kind()).isEqualTo(PersonKind.VOLUNTEER);
        assertThat(recruit.youth()).isFalse();
        assertThat(recruit.credentials()).extracting(Credential::type).containsExactly(TestCamp.VSC);
        assertThat(recruit.availability().weekly())
                .containsExactly(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));
        assertThat(planting.assignments()).extracting(CampPlan.Assignment::person).containsExactly("lena", "p2");
    }
}
