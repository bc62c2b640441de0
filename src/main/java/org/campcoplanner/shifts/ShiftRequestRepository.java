package org.campcoplanner.shifts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ShiftRequestRepository extends JpaRepository<ShiftRequest, Long> {

    List<ShiftRequest> findByCampIdAndStatusInOrderByCreatedAt(long campId, Collection<ShiftRequestStatus> statuses);

    @Query("select r from ShiftRequest r where r.personId = :personId or r.partnerId = :personId order by r.createdAt desc")
    List<ShiftRequest> findByPersonOrPartner(long personId);

    /** Serialises requests of one camp, so two people never both get the same empty seat. */
    @Query(value = "select id from camp where id = :campId for update", nativeQuery = true)
    Optional<Long> lockCamp(long campId);
}
