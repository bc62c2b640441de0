package org.campcoplanner.planning.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.campcoplanner.planning.format.PersonKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One seat of a session, such as "Helper 2 of Morning swim on Wed 8 Jul", and who sits in it. The
 * solver only offers each seat the people who could legally take it on their own (available,
 * allowed kind, valid credentials); the rules still check these, because planners assign by hand.
 */
@PlanningEntity(comparatorClass = SeatDifficulty.class)
public class SeatAssignment {

    @PlanningId
    private String id;
    private Session session;
    private String role;
    private int roleIndex;
    private Set<String> requiredCredentials;
    /** Empty: any kind may take the seat. */
    private Set<PersonKind> allowedKinds;
    private int priority;
    /** Who sat here in the last published roster; null when the seat was empty or nothing is published. */
    private Person publishedPerson;
    private boolean published;
    private List<Person> eligiblePeople;

    @PlanningVariable(valueRangeProviderRefs = "eligiblePeople", allowsUnassigned = true)
    private Person person;

    @PlanningPin
    private boolean pinned;

    public SeatAssignment() {
        // for Timefold's solution cloning
    }

    public SeatAssignment(Session session, String role, int roleIndex, Set<String> requiredCredentials,
                          Set<PersonKind> allowedKinds, int priority) {
        this.id = session.id() + "/" + role + "/" + roleIndex;
        this.session = session;
        this.role = role;
        this.roleIndex = roleIndex;
        this.requiredCredentials = Set.copyOf(requiredCredentials);
        this.allowedKinds = Set.copyOf(allowedKinds);
        this.priority = priority;
        this.eligiblePeople = List.of();
    }

    @ValueRangeProvider(id = "eligiblePeople")
    public List<Person> getEligiblePeople() {
        return eligiblePeople;
    }

    public void setEligiblePeople(List<Person> eligiblePeople) {
        this.eligiblePeople = List.copyOf(eligiblePeople);
    }

    /**
     * Offers the seat to someone the solver would not offer it to, because a planner put them
     * there by hand; without it the roster could not be scored as it is.
     */
    public void offer(Person person) {
        if (person != null && !eligiblePeople.contains(person)) {
            List<Person> offered = new ArrayList<>(eligiblePeople);
            offered.add(person);
            eligiblePeople = List.copyOf(offered);
        }
    }

    public boolean allowsKindOf(Person candidate) {
        return allowedKinds.isEmpty() || allowedKinds.contains(candidate.kind());
    }

    /** How many of the seat's required credentials the person lacks or holds expired on the session's last day. */
    public int missingCredentialsOf(Person candidate) {
        if (requiredCredentials.isEmpty()) {
            return 0;
        }
        int missing = 0;
        for (String credential : requiredCredentials) {
            if (!candidate.holdsValid(credential, session)) {
                missing++;
            }
        }
        return missing;
    }

    /** Whether the person could take this seat on their own, before considering anyone else's seats. */
    public boolean couldTake(Person candidate) {
        return candidate.isAvailableFor(session) && allowsKindOf(candidate) && missingCredentialsOf(candidate) == 0
                && !candidate.lacksGuardianConsentFor(session);
    }

    /** Whether the seat differs from the last published roster. */
    public boolean changedSincePublished() {
        return published && !Objects.equals(person, publishedPerson);
    }

    /** Whether the seat is counted against a published roster (rule 14). */
    public boolean isPublished() {
        return published;
    }

    public void setPublishedPerson(Person publishedPerson) {
        this.published = true;
        this.publishedPerson = publishedPerson;
    }

    public String label() {
        return role + " " + roleIndex;
    }

    public String getId() {
        return id;
    }

    public Session getSession() {
        return session;
    }

    public String getRole() {
        return role;
    }

    public int getRoleIndex() {
        return roleIndex;
    }

    public Set<String> getRequiredCredentials() {
        return requiredCredentials;
    }

    public Set<PersonKind> getAllowedKinds() {
        return allowedKinds;
    }

    public int getPriority() {
        return priority;
    }

    public Person getPublishedPerson() {
        return publishedPerson;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return label() + " of " + session + (person == null ? " (empty)" : " -> " + person);
    }
}
