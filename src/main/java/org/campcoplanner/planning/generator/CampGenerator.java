package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Camp;
import org.campcoplanner.planning.format.CampPlan.Person;
import org.campcoplanner.planning.format.CampPlan.Rules;
import org.campcoplanner.planning.format.CampPlan.Site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates realistic camp plans without assignments: the demo camp and benchmark camps of
 * sizes S, M, L and XL. The same size and seed always give the same plan.
 *
 * <p>Besides the camps as they come ({@link #generate}), two kinds of benchmark camp tell how far
 * a solver is from the best roster: a {@linkplain #tight tight} camp, on which a full legal roster
 * was planted before everyone's limits and availability were narrowed around it, and a
 * {@linkplain #scarce scarce} one, the same camp with most of its residents gone, where not every
 * seat can be filled.
 */
public final class CampGenerator {

    /** The share of leaders and volunteers a scarce camp has lost; its staff all stay. */
    private static final double RESIDENTS_GONE_WHEN_SCARCE = 0.6;

    public CampPlan generate(CampSize size, long seed) {
        return generate(size, calendar(size), new Chance(seed));
    }

    /** The camp of {@link #generate(CampSize, long)} moved to start on another Monday: the same people and sessions. */
    public CampPlan generate(CampSize size, long seed, LocalDate firstMonday) {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a camp starts on a Monday: " + firstMonday);
        }
        return generate(size, new CampCalendar(firstMonday, size.weeks()), new Chance(seed));
    }

    /** The camp of {@link #generate} with a full legal roster planted and its people tightened around it. */
    public TightCamp tight(CampSize size, long seed) {
        return tight(size, new Chance(seed));
    }

    /**
     * The tight camp of the same size and seed with 60% of its leaders and volunteers gone (staff
     * stay), so that not every seat can be filled; the people who stay keep their ids.
     */
    public CampPlan scarce(CampSize size, long seed) {
        Chance chance = new Chance(seed);
        CampPlan tight = tight(size, chance).plan();
        List<Person> residents = tight.people().stream().filter(person -> person.kind().isResident()).toList();
        boolean[] gone = chance.split().share(residents.size(), RESIDENTS_GONE_WHEN_SCARCE, 0);
        Set<String> goneIds = new HashSet<>();
        for (int i = 0; i < residents.size(); i++) {
            if (gone[i]) {
                goneIds.add(residents.get(i).id());
            }
        }
        return tight.withPeople(tight.people().stream().filter(person -> !goneIds.contains(person.id())).toList());
    }

    private CampPlan generate(CampSize size, CampCalendar calendar, Chance chance) {
        // separate streams: a change to how people are drawn leaves the sessions of a seed as they were
        Chance sessionChance = chance.split();
        Chance peopleChance = chance.split();
        List<Places.Place> places = Places.sites(size.sites());
        Map<String, Integer> childrenPerAdult = childrenPerAdult();
        List<Programme.Series> programme = new Programme(size.timetable(), places, sessionChance).build();
        return new CampPlan(CampPlan.FORMAT_VERSION, null,
                camp(size, calendar, childrenPerAdult),
                places.stream().map(place -> new Site(place.id(), place.name(), place.address())).toList(),
                new PeopleGenerator(size.crowd(), calendar, peopleChance).generate(),
                new SessionGenerator(calendar, size.timetable().spareHelpers(), childrenPerAdult, sessionChance)
                        .generate(programme),
                List.of());
    }

    /** Continues the seed's stream after the camp's own draws, so that the camp is the one of {@link #generate}. */
    private TightCamp tight(CampSize size, Chance chance) {
        CampCalendar calendar = calendar(size);
        CampPlan camp = generate(size, calendar, chance);
        Planting planting = new RosterPlanter(calendar, chance.split()).plant(camp);
        return new TightCamp(new Tightening(calendar, chance.split()).tighten(planting), planting.assignments());
    }

    private static CampCalendar calendar(CampSize size) {
        return new CampCalendar(size.firstDay(), size.weeks());
    }

    private static Camp camp(CampSize size, CampCalendar calendar, Map<String, Integer> childrenPerAdult) {
        String neighbourhood = switch (size) {
            case DEMO -> "Brant Avenue";
            case S -> "Onward Willow";
            case M -> "Two Rivers";
            case L -> "Guelph neighbourhood groups";
            case XL -> "Guelph and Wellington neighbourhood groups";
        };
        String name = switch (size) {
            case L -> "Guelph Neighbourhood Summer Camps " + calendar.firstDay().getYear();
            case XL -> "Royal City Summer Camps " + calendar.firstDay().getYear();
            default -> neighbourhood + " Summer Camp " + calendar.firstDay().getYear();
        };
        return new Camp(name, neighbourhood, CampPlan.DEFAULT_TIME_ZONE, calendar.firstDay(), calendar.lastDay(),
                new Rules(childrenPerAdult, CampPlan.DEFAULT_TRAVEL_MINUTES, null, null));
    }

    /** Insertion-ordered, so that the written plan is the same on every run. */
    private static Map<String, Integer> childrenPerAdult() {
        Map<String, Integer> ratios = new LinkedHashMap<>();
        ratios.put("4-5", 6);
        ratios.put("6-8", 8);
        ratios.put("9-12", 10);
        ratios.put(CampPlan.DEFAULT_AGE_GROUP, CampPlan.DEFAULT_CHILDREN_PER_ADULT);
        return ratios;
    }
}
