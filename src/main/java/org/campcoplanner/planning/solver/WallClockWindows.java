package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.TimeBlock;
import org.campcoplanner.planning.format.CampPlan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weekly windows laid out on the calendar around a session: a window whose end is not after its
 * start runs into the next day, and one that starts and ends at the same time lasts 24 hours.
 */
final class WallClockWindows {

    private WallClockWindows() {
    }

    /** Every occurrence of the weekly windows that could touch {@code [start, end)}. */
    static List<TimeBlock> around(List<CampPlan.WeeklyWindow> weekly, LocalDateTime start, LocalDateTime end) {
        List<TimeBlock> blocks = new ArrayList<>();
        for (LocalDate day = start.toLocalDate().minusDays(1); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            for (CampPlan.WeeklyWindow window : weekly) {
                if (window.day() == day.getDayOfWeek()) {
                    LocalDateTime from = day.atTime(window.from());
                    LocalDateTime to = window.to().isAfter(window.from()) ? day.atTime(window.to()) : day.plusDays(1).atTime(window.to());
                    if (from.isBefore(end) && start.isBefore(to)) {
                        blocks.add(new TimeBlock(from, to));
                    }
                }
            }
        }
        return blocks;
    }

    /** Whether the blocks together cover all of {@code [start, end)} without a gap. */
    static boolean cover(List<TimeBlock> blocks, LocalDateTime start, LocalDateTime end) {
        LocalDateTime covered = start;
        for (TimeBlock block : sorted(blocks)) {
            if (block.start().isAfter(covered)) {
                return false;
            }
            if (block.end().isAfter(covered)) {
                covered = block.end();
            }
            if (!covered.isBefore(end)) {
                return true;
            }
        }
        return !covered.isBefore(end);
    }

    /** Minutes of {@code [start, end)} inside the union of the blocks. */
    static long minutesInside(List<TimeBlock> blocks, LocalDateTime start, LocalDateTime end) {
        long minutes = 0;
        LocalDateTime counted = start;
        for (TimeBlock block : sorted(blocks)) {
            LocalDateTime from = max(block.start(), counted);
            LocalDateTime to = min(block.end(), end);
            if (from.isBefore(to)) {
                minutes += Duration.between(from, to).toMinutes();
                counted = to;
            }
        }
        return minutes;
    }

    private static List<TimeBlock> sorted(List<TimeBlock> blocks) {
        return blocks.stream().sorted(Comparator.comparing(TimeBlock::start)).toList();
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
