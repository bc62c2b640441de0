package org.campcoplanner.credits;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByPersonIdOrderByShiftStart(long personId);

    List<Attendance> findByCampIdAndSessionId(long campId, String sessionId);

    List<Attendance> findByCampIdOrderByShiftStart(long campId);

    List<Attendance> findByPersonIdIn(Collection<Long> personIds);

    Optional<Attendance> findByPersonIdAndSessionId(long personId, String sessionId);

    /** Serialises changes to one person's credits, so checks of what they have hold until the change is saved. */
    @Query(value = "select id from person where id = :personId for update", nativeQuery = true)
    Optional<Long> lockPerson(long personId);
}
