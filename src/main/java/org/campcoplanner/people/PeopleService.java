package org.campcoplanner.people;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InEnglish;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.camp.Camp;
import org.campcoplanner.camp.CampRepository;
import org.campcoplanner.camp.Credential;
import org.campcoplanner.camp.Person;
import org.campcoplanner.camp.PersonRepository;
import org.campcoplanner.camp.Session;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The people of a camp as planners see and edit them: a filtered, paged list, one person at a time
 * with optimistic locking, and all-or-nothing CSV import. Nothing is saved half: a person or file
 * with any problem is refused with every problem named.
 */
@Service
public class PeopleService {

    private final CampRepository camps;
    private final PersonRepository people;
    private final AuditTrail audit;
    private final Validator validator;
    private final PeopleCsv csv;

    PeopleService(CampRepository camps, PersonRepository people, Validator validator, AuditTrail audit) {
        this.audit = audit;
        this.camps = camps;
        this.people = people;
        this.validator = validator;
        this.csv = new PeopleCsv(validator);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public String campName(long campId) {
        return camp(campId).getName();
    }

    /** One page of the people matching the filter, in the camp's order. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<PersonSummary> find(long campId, PeopleFilter filter, int offset, int limit) {
        Camp camp = camp(campId);
        return matching(campId, filter, camp).skip(offset).limit(limit)
                .map(person -> summary(person, camp.getEndDate())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public int count(long campId, PeopleFilter filter) {
        return (int) matching(campId, filter, camp(campId)).count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public PersonDetails load(long campId, long personId) {
        return PersonDetailsMapping.toDetails(person(campId, personId));
    }

    /** Stores someone new in the camp, with an id like {@code p-25} that no one else in the camp has. */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public PersonDetails create(long campId, PersonDetails details) {
        checkValid(details);
        Camp camp = camp(campId);
        Person person = add(camp, details, takenIds(camp));
        people.flush();
        audit.record(campId, AuditAction.PERSON_CHANGED, person.getName() + " added", null, null);
        return PersonDetailsMapping.toDetails(person);
    }

    /**
     * Saves a planner's edit of someone. {@code asLoaded} is the person as the planner opened them and
     * {@code edited} what they want saved; if someone else saved the person in between, nothing is
     * saved and the exception names what the other planner changed.
     *
     * @throws InvalidPersonException           naming each field with a problem
     * @throws PersonChangedMeanwhileException when the stored version is no longer {@code edited.version()}
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public PersonDetails update(long campId, PersonDetails asLoaded, PersonDetails edited) {
        checkValid(edited);
        Person person = person(campId, Objects.requireNonNull(edited.id(), "a new person is created, not updated"));
        if (person.getVersion() != edited.version()) {
            PersonDetails now = PersonDetailsMapping.toDetails(person);
            throw new PersonChangedMeanwhileException(now.name(), PersonDetailsMapping.differences(asLoaded, now));
        }
        List<String> changed = PersonDetailsMapping.differences(asLoaded, edited);
        PersonDetailsMapping.apply(edited, person);
        audit.record(campId, AuditAction.PERSON_CHANGED, person.getName() + " changed",
                null, String.join("; ", changed.stream().map(field -> InEnglish.say(PersonDetailsMapping.fieldText(field))).toList()));
        try {
            people.saveAndFlush(person);
        } catch (ObjectOptimisticLockingFailureException e) {
            // another save won the race between our version check and this flush
            throw new PersonChangedMeanwhileException(asLoaded.name(), List.of());
        }
        return PersonDetailsMapping.toDetails(person);
    }

    /**
     * Imports everyone in a people CSV file (see {@code docs/people-csv.md}) into the camp.
     *
     * @return how many people were imported
     * @throws InvalidPeopleCsvException listing every problem by row and column; then nobody is imported
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public int importCsv(long campId, byte[] data) {
        Camp camp = camp(campId);
        List<PersonDetails> newcomers = csv.read(data);
        Set<String> taken = takenIds(camp);
        newcomers.forEach(details -> add(camp, details, taken));
        people.flush();
        audit.record(campId, AuditAction.PEOPLE_IMPORTED, "People imported from CSV", null, newcomers.size() + " people");
        return newcomers.size();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public PeopleSuggestions suggestions(long campId) {
        Camp camp = camp(campId);
        List<Person> everyone = camp.getPeople();
        return new PeopleSuggestions(
                distinct(Stream.concat(PeopleFilter.EXPECTED_CREDENTIALS.stream(),
                        everyone.stream().flatMap(p -> p.getCredentials().stream()).map(Credential::type))),
                distinct(everyone.stream().flatMap(p -> p.getSkills().stream())),
                distinct(everyone.stream().flatMap(p -> p.getLanguages().stream())),
                distinct(Stream.concat(camp.getSessions().stream().map(Session::getActivity),
                        everyone.stream().flatMap(p -> Stream.of(p.getLikes(), p.getDislikes()).flatMap(Collection::stream)))));
    }

    private void checkValid(PersonDetails details) {
        List<FieldProblem> problems = PersonDetailsMapping.problems(details, validator.validate(details));
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(details.name(), problems);
        }
    }

    private Person add(Camp camp, PersonDetails details, Set<String> taken) {
        int number = camp.getPeople().size() + 1;
        while (taken.contains("p-" + number)) {
            number++;
        }
        String externalId = "p-" + number;
        taken.add(externalId);
        Person person = camp.addPerson(externalId, details.name().strip(), details.kind());
        PersonDetailsMapping.apply(details, person);
        return people.save(person);
    }

    private Stream<Person> matching(long campId, PeopleFilter filter, Camp camp) {
        return people.findByCamp(campId).stream()
                .filter(person -> filter.matches(person, camp.getStartDate(), camp.getEndDate()));
    }

    private static PersonSummary summary(Person person, LocalDate campEnd) {
        return new PersonSummary(person.getId(), person.getName(), person.getKind(), person.isYouth(),
                person.isExperienced(),
                person.getCredentials().stream().map(c -> new PersonDetails.HeldCredential(c.type(), c.validUntil())).toList(),
                person.getPledgedHoursPerWeek(), PeopleFilter.credentialMissingOrExpiring(person, campEnd));
    }

    private Camp camp(long campId) {
        return camps.getCamp(campId);
    }

    private Person person(long campId, long personId) {
        return people.findById(personId).filter(p -> p.getCamp().getId() == campId)
                .orElseThrow(() -> new IllegalArgumentException("There is no person " + personId + " in camp " + campId));
    }

    private static Set<String> takenIds(Camp camp) {
        Set<String> taken = new HashSet<>();
        camp.getPeople().forEach(person -> taken.add(person.getExternalId()));
        return taken;
    }

    private static List<String> distinct(Stream<String> values) {
        return values.filter(Objects::nonNull).map(String::strip).filter(value -> !value.isEmpty())
                .distinct().sorted().toList();
    }
}
