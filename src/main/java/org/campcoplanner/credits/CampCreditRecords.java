package org.campcoplanner.credits;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A camp's confirmed attendance and spent credits as a whole, for its planners' figures and exports. */
@Service
public class CampCreditRecords {

    private final AttendanceRepository attendance;
    private final CreditSpentRepository spending;

    CampCreditRecords(AttendanceRepository attendance, CreditSpentRepository spending) {
        this.attendance = attendance;
        this.spending = spending;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<AttendedShift> attendanceOf(long campId) {
        return attendance.findByCampIdOrderByShiftStart(campId).stream().map(AttendedShift::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<SpentEntry> spentOf(long campId) {
        return spending.findByCampIdOrderByRecordedAt(campId).stream().map(SpentEntry::of).toList();
    }

    /**
     * When each of the given people (who the camp's people were in earlier camps) first came to a
     * session anywhere: only that moment, nothing of what they did there.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Map<Long, LocalDateTime> firstAttendanceOf(long campId, Collection<Long> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return attendance.findByPersonIdIn(people).stream()
                .collect(Collectors.toMap(Attendance::getPersonId, Attendance::getShiftStart,
                        (a, b) -> a.isBefore(b) ? a : b));
    }
}
