package org.campcoplanner.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select a from UserAccount a where lower(a.email) = lower(:email)")
    List<UserAccount> findByEmailIgnoringCase(String email);

    boolean existsByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    @Modifying
    @Query("update UserAccount a set a.preferredLanguage = :tag where a.id = :id")
    void setPreferredLanguage(long id, String tag);

    Optional<UserAccount> findByCalendarToken(String calendarToken);

    /** What decides whether a signed-in session still holds: the account's version, if it still exists. */
    @Query("select a.version from UserAccount a where a.id = :id")
    Optional<Long> versionOf(long id);

    List<UserAccount> findAllByOrderByUsername();

    @Query("select count(a) > 0 from UserAccount a join a.campIds c where a.username = :username and c = :campId")
    boolean isMember(String username, long campId);

    /** The accounts of the camp with one of the roles, for telling planners of something. */
    @Query("select a.id from UserAccount a join a.campIds c where c = :campId and a.role in :roles order by a.id")
    List<Long> planners(long campId, Collection<Role> roles);

    @Query(value = "select count(*) from camp where id in (:campIds)", nativeQuery = true)
    long countCamps(Collection<Long> campIds);

    /** The camp of a person, read straight from the plan's table so accounts need not know the camp model. */
    @Query(value = "select camp_id from person where id = :personId", nativeQuery = true)
    Optional<Long> campOfPerson(long personId);

    @Query(value = "select name from person where id = :personId", nativeQuery = true)
    Optional<String> nameOfPerson(long personId);

    @Query(value = "select preferred_language from person where id = :personId", nativeQuery = true)
    Optional<String> languageOfPerson(long personId);

}
