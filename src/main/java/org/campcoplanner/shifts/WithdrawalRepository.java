package org.campcoplanner.shifts;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WithdrawalRepository extends JpaRepository<Withdrawal, Long> {

    List<Withdrawal> findByPersonIdAndRevisionNumber(long personId, int revisionNumber);

    List<Withdrawal> findByCampIdAndReplannedAtIsNullOrderByCreatedAt(long campId);

    boolean existsByCampIdAndPersonIdAndRevisionNumberAndSessionIdAndRoleAndIndex(long campId, long personId,
            int revisionNumber, String sessionId, String role, int index);
}
