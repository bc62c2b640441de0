package org.campcoplanner.shifts;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WithdrawalRepository extends JpaRepository<Withdrawal, Long> {

    List<Withdrawal> findByCampIdAndPersonId(long campId, long personId);

    List<Withdrawal> findByCampIdAndReplannedAtIsNullOrderByCreatedAt(long campId);

    boolean existsByCampIdAndPersonIdAndSessionIdAndRoleAndIndex(long campId, long personId, String sessionId,
            String role, int index);
}
