package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.SeatGroup;
import org.campcoplanner.planning.format.CampPlan.Session;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.generator.Programme.Kind;
import org.campcoplanner.planning.generator.Programme.Series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Lays a camp's programme out on its calendar and gives every session the seats it needs. */
final class SessionGenerator {

    static final String VULNERABLE_SECTOR_CHECK = "VULNERABLE_SECTOR_CHECK";
    static final String FIRST_AID = "FIRST_AID";
    static final String LIFEGUARD = "LIFEGUARD";

    private final CampCalendar calendar;
    private final double spareHelpers;
    private final Map<String, Integer> childrenPerAdult;
    private final Chance chance;

    SessionGenerator(CampCalendar calendar, double spareHelpers, Map<String, Integer> childrenPerAdult,
                     Chance chance) {
        this.calendar = calendar;
        this.spareHelpers = spareHelpers;
        this.childrenPerAdult = childrenPerAdult;
        this.chance = chance;
    }

    List<Session> generate(List<Series> programme) {
        List<Session> drafts = new ArrayList<>();
        for (int week = 0; week < calendar.weeks(); week++) {
            for (Series series : programme) {
                LocalDate date = calendar.day(week, series.day());
                if (series.runsInWeek(week) && !calendar.isHoliday(date)) {
                    drafts.add(session(series, week, date));
                }
            }
        }
        drafts.sort(Comparator.comparing(Session::start).thenComparing(Session::site).thenComparing(Session::series));
        List<Session> sessions = new ArrayList<>(drafts.size());
        for (Session draft : drafts) {
            sessions.add(new Session("s" + (sessions.size() + 1), draft.title(), draft.activity(), draft.series(),
                    draft.site(), draft.start(), draft.end(), draft.children(), draft.ageGroup(), draft.seats()));
        }
        return sessions;
    }

    private Session session(Series series, int week, LocalDate date) {
        LocalDateTime start = date.atTime(series.start());
        int children = Math.max(6, series.children() + chance.between(-3, 3));
        return new Session(null, series.title(week), series.activity(), series.key(), series.site().id(),
                start, start.plus(series.length()), children, series.ageGroup(), seats(series, children));
    }

    private List<SeatGroup> seats(Series series, int children) {
        int adults = CampPlan.adultsNeeded(children, childrenPerAdult(series.ageGroup()));
        List<SeatGroup> seats = new ArrayList<>();
        seats.add(new SeatGroup("Lead", 1, List.of(VULNERABLE_SECTOR_CHECK),
                List.of(PersonKind.STAFF, PersonKind.LEADER), 30));
        seats.add(new SeatGroup("First aider", 1, List.of(FIRST_AID), null, 20));
        if ("swim".equals(series.activity())) {
            int lifeguards = series.kind() == Kind.FAMILY && children > 24 ? 2 : 1;
            seats.add(new SeatGroup("Lifeguard", lifeguards, List.of(LIFEGUARD), null, 40));
        }
        if (series.kind() == Kind.CAMP_OUT) {
            // every adult who stays the night with the children needs a police check
            seats.add(new SeatGroup("Night helper", Math.max(3, adults - 1), List.of(VULNERABLE_SECTOR_CHECK),
                    null, 15));
        } else {
            int helpers = Math.max(1, adults - 2) + (series.kind() == Kind.TRIP ? 1 : 0)
                    + (chance.of(spareHelpers) ? 1 : 0);
            seats.add(new SeatGroup("Helper", helpers, null, null, 5));
        }
        return seats;
    }

    private int childrenPerAdult(String ageGroup) {
        Integer perAdult = childrenPerAdult.get(ageGroup);
        return perAdult != null ? perAdult : childrenPerAdult.get(CampPlan.DEFAULT_AGE_GROUP);
    }
}
