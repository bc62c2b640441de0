package org.campcoplanner.camp;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

/** The people of stored camps; for services only (see ArchitectureTest). */
public interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select p from Person p where p.camp.id = :campId order by p.position")
    List<Person> findByCamp(long campId);

    @Query("select p from Person p where p.camp.id = :campId and p.externalId = :externalId")
    Optional<Person> findByCampAndExternalId(long campId, String externalId);

    /** The language an account that is the person chose, else the person's own. */
    @Query(value = "select coalesce((select max(a.preferred_language) from user_account a where a.person_id = p.id),"
            + " p.preferred_language) from person p where p.id = :personId", nativeQuery = true)
    Optional<String> languageOf(long personId);
}
