package org.campcoplanner.camp;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** The sessions of stored camps; for services only (see ArchitectureTest). */
public interface SessionRepository extends JpaRepository<Session, Long> {

    @Query("select s from Session s join fetch s.site where s.camp.id = :campId order by s.startAt, s.position")
    List<Session> findByCampWithSite(long campId);
}
