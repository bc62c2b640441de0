package org.campcoplanner.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByCampIdOrderByAtDescIdDesc(long campId, Pageable page);

    long countByCampId(long campId);

    List<AuditEvent> findByCampIdIsNullOrderByAtDescIdDesc(Pageable page);

    long countByCampIdIsNull();
}
