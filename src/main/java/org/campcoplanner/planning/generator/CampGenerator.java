package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Camp;
import org.campcoplanner.planning.format.CampPlan.Rules;
import org.campcoplanner.planning.format.CampPlan.Site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates realistic camp plans without assignments: the demo camp and benchmark camps of
 * sizes S, M, L and XL. The same size and seed always give the same plan.
 */
public final class CampGenerator {

    public CampPlan generate(CampSize size, long seed) {
        Chance chance = new Chance(seed);
        // separate streams: a change to how people are drawn leaves the sessions of a seed as they were
        Chance sessionChance = chance.split();
        Chance peopleChance = chance.split();
        CampCalendar calendar = new CampCalendar(size.firstDay(), size.weeks());
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
                new Rules(childrenPerAdult, CampPlan.DEFAULT_TRAVEL_MINUTES, null));
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
