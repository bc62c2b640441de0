package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.TimeBlock;
import org.campcoplanner.planning.format.CampPlan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 1, who is available for a session: the whole session lies inside the union of the weekly
 * and dated windows, and no unavailable block touches it. Times are wall-clock times in the
 * camp's zone, so a daylight-saving change never moves a window.
 */
public final class Availability {

    private Availability() {
    }

    /** Whether someone with these windows could take the session. */
    public static boolean covers(List<CampPlan.WeeklyWindow> weekly, List<CampPlan.Interval> dated,
                                 List<CampPlan.Interval> unavailable, CampPlan.Session session) {
        return covers(weekly, dated, unavailable, session.start(), session.end());
    }

    /** Whether someone with these windows could take a session from {@code start} to {@code end}. */
    public static boolean covers(List<CampPlan.WeeklyWindow> weekly, List<CampPlan.Interval> dated,
                                 List<CampPlan.Interval> unavailable, LocalDateTime start, LocalDateTime end) {
        return coveredByBlocks(weekly, blocks(dated), blocks(unavailable), start, end);
    }

    static boolean coveredByBlocks(List<CampPlan.WeeklyWindow> weekly, List<TimeBlock> dated,
                                   List<TimeBlock> unavailable, LocalDateTime start, LocalDateTime end) {
        if (unavailable.stream().anyMatch(block -> block.overlaps(start, end))) {
            return false;
        }
        List<TimeBlock> windows = new ArrayList<>(WallClockWindows.around(weekly, start, end));
        dated.stream().filter(block -> block.overlaps(start, end)).forEach(windows::add);
        return WallClockWindows.cover(windows, start, end);
    }

    static List<TimeBlock> blocks(List<CampPlan.Interval> intervals) {
        return intervals.stream().map(i -> new TimeBlock(i.start(), i.end())).toList();
    }
}
