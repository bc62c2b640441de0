package org.campcoplanner.demo;

import org.campcoplanner.base.Language;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The demo camps every new user sees: always the same people and sessions. The app places them
 * around the day it first starts, so that a newcomer finds a camp under way, with shifts behind
 * and ahead, and one about to start; tests and benchmarks use the fixed July 2026 dates.
 */
public final class DemoCamp {

    private static final long SEED = 2026L;
    private static final long SECOND_SEED = 2027L;

    public static final String NAME = "Brant Avenue Summer Camp";
    public static final String SECOND_NAME = "Onward Willow Summer Camp";

    private DemoCamp() {
    }

    /** The camp the demo leader, staff member and volunteer belong to, from Monday 6 July 2026. */
    public static CampPlan plan() {
        return named(new CampGenerator().generate(CampSize.DEMO, SEED), NAME);
    }

    /** The camp of {@link #plan()}, in its third week of six on {@code today}. */
    public static CampPlan plan(LocalDate today) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return named(new CampGenerator().generate(CampSize.DEMO, SEED, thisMonday.minusWeeks(2)), NAME);
    }

    /** A smaller camp of another neighbourhood, planned by a second leader: shows that camps are kept apart. */
    public static CampPlan secondPlan() {
        return named(new CampGenerator().generate(CampSize.S, SECOND_SEED), SECOND_NAME);
    }

    /** The camp of {@link #secondPlan()}, starting the Monday after {@code today}. */
    public static CampPlan secondPlan(LocalDate today) {
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return named(new CampGenerator().generate(CampSize.S, SECOND_SEED, nextMonday), SECOND_NAME);
    }

    private static CampPlan named(CampPlan plan, String name) {
        CampPlan.Camp camp = plan.camp();
        return new CampPlan(plan.formatVersion(), plan.score(), new CampPlan.Camp(name, camp.neighbourhood(),
                camp.timeZone(), camp.startDate(), camp.endDate(), camp.rules()),
                plan.sites(), plan.people().stream().map(DemoCamp::inTheirLanguage).toList(), plan.sessions(),
                plan.assignments());
    }

    /** Residents who speak French at home read the app in French: the demo shows the app bilingual. */
    private static CampPlan.Person inTheirLanguage(CampPlan.Person person) {
        boolean french = person.languages() != null && person.languages().contains("French");
        return french ? person.withPreferredLanguage(Language.FRENCH.tag()) : person;
    }
}
