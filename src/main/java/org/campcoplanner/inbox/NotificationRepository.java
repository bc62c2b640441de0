package org.campcoplanner.inbox;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** What a signed-in reader gets: messages to their account and, when it is a person of a camp, to that person. */
    @Query("select n from Notification n where n.accountId = :accountId or n.personId = :personId"
            + " order by n.createdAt desc, n.id desc")
    List<Notification> findForReader(long accountId, Long personId);

    @Query("select count(n) from Notification n where (n.accountId = :accountId or n.personId = :personId)"
            + " and n.readAt is null")
    long countUnreadForReader(long accountId, Long personId);

    /** A person by the id a camp's plan gives them, read from the plan's table. */
    @Query(value = "select id from person where camp_id = :campId and external_id = :externalId", nativeQuery = true)
    Optional<Long> personOfPlan(long campId, String externalId);

    @Query(value = "select email from person where id = :personId", nativeQuery = true)
    Optional<String> emailOfPerson(long personId);

    @Query(value = "select email from user_account where id = :accountId", nativeQuery = true)
    Optional<String> emailOfAccount(long accountId);

    @Query(value = "select preferred_language from user_account where id = :accountId", nativeQuery = true)
    Optional<String> languageOfAccount(long accountId);
}
