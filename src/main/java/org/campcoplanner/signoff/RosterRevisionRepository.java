package org.campcoplanner.signoff;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface RosterRevisionRepository extends JpaRepository<RosterRevision, Long> {

    List<RosterRevision> findByCampIdOrderByNumberDesc(long campId);

    Optional<RosterRevision> findFirstByCampIdOrderByNumberDesc(long campId);

    Optional<RosterRevision> findByCampIdAndStatus(long campId, RevisionStatus status);

    List<RosterRevision> findByStatus(RevisionStatus status);

    Optional<RosterRevision> findFirstByCampIdAndStatusOrderByNumberDesc(long campId, RevisionStatus status);

    /**
     * The camp's pending proposal, locked until the transaction ends: of two staff members
     * approving at once, the second waits and then finds it decided.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RosterRevision r where r.campId = :campId and r.status = 'PROPOSED'")
    Optional<RosterRevision> lockProposal(long campId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RosterRevision r where r.campId = :campId and r.status = 'PUBLISHED'")
    Optional<RosterRevision> lockPublished(long campId);

    /** Serialises signatures of one camp: two leaders proposing at once cannot leave two proposals waiting. */
    @Query(value = "select id from camp where id = :campId for update", nativeQuery = true)
    Optional<Long> lockCamp(long campId);

}
