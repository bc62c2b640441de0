package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes several seats in one step: staffs an empty session with a whole safe crew, empties a
 * session, or both at once for two sessions. A single seat change can never staff an empty
 * session legally (its first person always breaks safeguarding until a second adult arrives),
 * so without this move local search could not leave a roster of empty sessions.
 */
public final class SessionCrewMove extends AbstractMove<Roster> {

    private final Map<SeatAssignment, Person> changes;

    /** @param changes the new person of each seat, null to empty it; never a pinned seat */
    SessionCrewMove(Map<SeatAssignment, Person> changes) {
        this.changes = new LinkedHashMap<>(changes);
    }

    /** The new person of each seat it changes, null where it empties one. */
    Map<SeatAssignment, Person> changes() {
        return Collections.unmodifiableMap(changes);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return changes.entrySet().stream().anyMatch(change -> change.getKey().getPerson() != change.getValue());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        changes.forEach((seat, person) -> {
            scoreDirector.beforeVariableChanged(seat, "person");
            seat.setPerson(person);
            scoreDirector.afterVariableChanged(seat, "person");
        });
    }

    @Override
    public SessionCrewMove rebase(ScoreDirector<Roster> destinationScoreDirector) {
        Map<SeatAssignment, Person> rebased = new LinkedHashMap<>();
        changes.forEach((seat, person) -> rebased.put(destinationScoreDirector.lookUpWorkingObject(seat),
                person == null ? null : destinationScoreDirector.lookUpWorkingObject(person)));
        return new SessionCrewMove(rebased);
    }

    @Override
    public Collection<SeatAssignment> getPlanningEntities() {
        return List.copyOf(changes.keySet());
    }

    @Override
    public Collection<Person> getPlanningValues() {
        List<Person> people = new ArrayList<>();
        changes.values().stream().filter(Objects::nonNull).distinct().forEach(people::add);
        return people;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SessionCrewMove(SeatAssignment.person)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionCrewMove move && changes.equals(move.changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        changes.forEach((seat, person) -> text.append(text.isEmpty() ? "" : ", ").append(seat.getId())
                .append(" {").append(seat.getPerson()).append(" -> ").append(person).append('}'));
        return text.toString();
    }
}
