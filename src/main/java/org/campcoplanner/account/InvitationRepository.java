package org.campcoplanner.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findBySecretHash(String secretHash);

    /** Locked, so that one link used twice at the same moment makes one account. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.secretHash = :secretHash")
    Optional<Invitation> findForUseBySecretHash(String secretHash);

    /** Each invitation of the camp with its person's name and, once accepted, the account's username. */
    @Query("select i, p.name, a.username from Invitation i join Person p on p.id = i.personId "
            + "left join UserAccount a on a.id = i.accountId where i.campId = :campId order by i.sentAt desc, i.id desc")
    List<Object[]> findByCampWithNames(long campId);

    @Query("select i from Invitation i where i.personId = :personId and i.acceptedAt is null and i.revokedAt is null")
    List<Invitation> findOpenOfPerson(long personId);

    /** A person an invitation can reach: of the camp, with an email address, and no account yet. */
    interface Invitable {
        long getId();

        String getName();

        String getEmail();

        String getKind();

        String getPreferredLanguage();
    }

    @Query(value = "select p.id as id, p.name as name, p.email as email, p.kind as kind, "
            + "p.preferred_language as preferredLanguage from person p where p.camp_id = :campId "
            + "and p.email is not null and p.email <> '' "
            + "and not exists (select 1 from user_account a where a.person_id = p.id) order by p.position",
            nativeQuery = true)
    List<Invitable> invitable(long campId);

    @Query(value = "select distinct person_id from invitation where camp_id = :campId and accepted_at is null "
            + "and revoked_at is null and expires_at > :now", nativeQuery = true)
    List<Long> invitedAndOpen(long campId, Instant now);

    @Query(value = "select name from camp where id = :campId", nativeQuery = true)
    Optional<String> nameOfCamp(long campId);

    @Query(value = "select time_zone from camp where id = :campId", nativeQuery = true)
    Optional<String> timeZoneOfCamp(long campId);

    @Query(value = "select kind from person where id = :personId", nativeQuery = true)
    Optional<String> kindOfPerson(long personId);

    @Query(value = "select id from user_account where role = 'ADMIN' order by id", nativeQuery = true)
    List<Long> admins();
}
