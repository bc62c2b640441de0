package org.campcoplanner.demo;

import com.vaadin.flow.component.UI;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.credits.Ledger;
import org.campcoplanner.credits.TimeCredits;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShifts;
import org.campcoplanner.shifts.MyShiftsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo a newcomer finds, on the tests' fixed day (Wednesday 22 July 2026): Brant Avenue in its
 * third week, Onward Willow starting next Monday, and a demo volunteer with shifts behind, with
 * confirmed hours, and a few ahead every week.
 */
@H2Test
class DemoSeederTest extends KaribuTest {

    @Autowired
    MyShiftsService shifts;
    @Autowired
    TimeCredits credits;
    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String signedInAs() {
        return "volunteer";
    }

    @Test
    void theDemoCampsArePlacedAroundToday() {
        assertThat(day("start_date", DemoCamp.NAME)).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(day("end_date", DemoCamp.NAME)).isEqualTo(LocalDate.of(2026, 8, 16));
        assertThat(day("start_date", DemoCamp.SECOND_NAME)).isEqualTo(LocalDate.of(2026, 7, 27));
    }

    @Test
    void theDemoVolunteerHasConfirmedHoursBehindAndShiftsInEveryWeekAhead() {
        MyShifts mine = shifts.mine().orElseThrow();
        Ledger ledger = credits.mine().orElseThrow();

        assertThat(mine.past()).isNotEmpty();
        assertThat(ledger.earned()).isNotEmpty();
        assertThat(ledger.earnedTotal()).isPositive();
        Map<Integer, Long> upcomingByWeek = mine.upcoming().stream().collect(Collectors.groupingBy(
                shift -> shift.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Collectors.counting()));
        assertThat(upcomingByWeek).as("shifts per week ahead").hasSizeGreaterThanOrEqualTo(3);
        assertThat(mine.upcoming()).extracting(MyShift::title).isNotEmpty();
    }

    @Test
    void theDemoHasAFrenchReadingLeaderAndVolunteerWithShiftsAhead() {
        for (String login : List.of("animatrice", "benevole")) {
            assertThat(jdbc.queryForObject("select a.preferred_language || '/' || p.preferred_language from user_account a "
                    + "join person p on p.id = a.person_id where a.username = ?", String.class, login))
                    .as(login).isEqualTo("fr/fr");
        }
        assertThat(jdbc.queryForObject("select role from user_account where username = 'animatrice'", String.class))
                .isEqualTo("LEADER");

        signInOnANewPage("benevole");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(shifts.mine().orElseThrow().upcoming()).isNotEmpty();
    }

    private LocalDate day(String column, String camp) {
        return jdbc.queryForObject("select " + column + " from camp where name = ?", LocalDate.class, camp);
    }
}
