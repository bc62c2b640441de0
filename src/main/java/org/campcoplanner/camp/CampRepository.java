package org.campcoplanner.camp;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Stored camps; for services only (see ArchitectureTest). */
public interface CampRepository extends JpaRepository<Camp, Long> {

    default Camp getCamp(long campId) {
        return findById(campId).orElseThrow(() -> new CampNotFoundException(campId));
    }

    @Query("""
            select new org.campcoplanner.camp.CampSummary(c.id, c.name, c.neighbourhood, c.startDate, c.endDate,
                   size(c.sites), size(c.sessions), size(c.people))
            from Camp c order by c.startDate desc, c.id desc""")
    List<CampSummary> findSummaries();
}
