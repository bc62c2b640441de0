package org.campcoplanner.camp;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Who sits in the seats of stored camps' working rosters; for services only (see ArchitectureTest). */
public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("""
            select a from Assignment a join fetch a.seat s join fetch s.session ss left join fetch a.person
            where ss.camp.id = :campId order by ss.position, s.position""")
    List<Assignment> findByCamp(long campId);
}
