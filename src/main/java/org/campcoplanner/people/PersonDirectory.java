package org.campcoplanner.people;

import org.campcoplanner.base.Language;
import org.campcoplanner.camp.Camp;
import org.campcoplanner.camp.Person;
import org.campcoplanner.camp.PersonRepository;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Finds a person by database id or by plan id, for features that act on behalf of a signed-in
 * person (their shifts, their calendar). No details beyond the name; callers check access.
 */
@Service
public class PersonDirectory {

    private final PersonRepository people;

    PersonDirectory(PersonRepository people) {
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Optional<PersonRef> byId(long personId) {
        return people.findById(personId).map(PersonDirectory::ref);
    }

    /** The person the signed-in account is, if any. */
    @Transactional(readOnly = true)
    public Optional<PersonRef> signedIn() {
        return CurrentUser.get().map(CampUser::personId).flatMap(this::byId);
    }

    /**
     * The language the person reads: their account's own choice, else the one their planners noted, else
     * English; for what reaches them outside a page, such as their calendar.
     */
    @Transactional(readOnly = true)
    public Language languageOf(long personId) {
        return people.languageOf(personId).flatMap(Language::ofTag).orElse(Language.ENGLISH);
    }

    @Transactional(readOnly = true)
    public Optional<PersonRef> byPlanId(long campId, String planId) {
        return people.findByCampAndExternalId(campId, planId).map(PersonDirectory::ref);
    }

    /** Every person of the camp, read at once, for pages that name many of them. */
    @Transactional(readOnly = true)
    public List<PersonRef> ofCamp(long campId) {
        return people.findByCamp(campId).stream().map(PersonDirectory::ref).toList();
    }

    private static PersonRef ref(Person person) {
        Camp camp = person.getCamp();
        return new PersonRef(person.getId(), camp.getId(), camp.getName(), camp.getNeighbourhood(),
                ZoneId.of(camp.getTimeZone()),
                person.getExternalId(), person.getName(), person.getPledgedHoursPerWeek());
    }
}
