package org.campcoplanner.credits;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByPersonIdOrderByShiftStart(long personId);

    List<Attendance> findByCampIdAndSessionId(long campId, String sessionId);

    Optional<Attendance> findByPersonIdAndSessionId(long personId, String sessionId);
}
