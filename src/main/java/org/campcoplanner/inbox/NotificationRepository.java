package org.campcoplanner.inbox;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByPersonIdOrderByCreatedAtDescIdDesc(long personId);

    long countByPersonIdAndReadAtIsNull(long personId);

    /** A person by the id a camp's plan gives them, read from the plan's table. */
    @Query(value = "select id from person where camp_id = :campId and external_id = :externalId", nativeQuery = true)
    Optional<Long> personOfPlan(long campId, String externalId);

    @Query(value = "select email from person where id = :personId", nativeQuery = true)
    Optional<String> emailOf(long personId);
}
