package org.campcoplanner.credits;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CreditSpentRepository extends JpaRepository<CreditSpent, Long> {

    List<CreditSpent> findByPersonIdOrderByRecordedAt(long personId);

    List<CreditSpent> findByCampIdOrderByRecordedAt(long campId);
}
