package org.campcoplanner.roster;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.explain.ChangeCheck;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hard rules for changes people ask for themselves (an empty seat taken, a swap, a hand-over),
 * checked on a plan's roster. Not access-checked: it answers about the plan it is given.
 */
@Component
public class RosterChanges {

    private final ChangeCheck check = new ChangeCheck(SolutionManager.<Roster, HardMediumSoftLongScore>create(
            SolverFactory.create(RosterSolverConfig.forExplanations())));

    /**
     * What would break if each seat of {@code moves} went to the person with that plan id (null:
     * nobody), in words; empty when the change keeps every hard rule the plan's roster keeps.
     */
    public List<Text> broken(CampPlan plan, Map<SeatKey, String> moves) {
        return brokenRules(plan, moves).stream().map(ChangeCheck.Broken::detail).distinct().toList();
    }

    /** As {@link #broken}, with whom each broken rule is about (plan ids), for words that keep others' details private. */
    public List<ChangeCheck.Broken> brokenRules(CampPlan plan, Map<SeatKey, String> moves) {
        Roster roster = RosterBuilder.build(plan);
        Map<String, Person> people = people(roster);
        Map<SeatAssignment, Person> change = new LinkedHashMap<>();
        moves.forEach((key, personId) -> change.put(seat(roster, key), personId == null ? null : people.get(personId)));
        return check.brokenBy(roster, change);
    }

    /** The empty seats of sessions starting after {@code from} the person could take, the best for the roster first. */
    public List<SeatKey> openSeatsFor(CampPlan plan, String personId, LocalDateTime from) {
        Roster roster = RosterBuilder.build(plan);
        Person person = people(roster).get(personId);
        if (person == null) {
            return List.of();
        }
        return check.openSeatsFor(roster, person, from).stream()
                .map(open -> new SeatKey(open.seat().getSession().id(), open.seat().getRole(), open.seat().getRoleIndex()))
                .toList();
    }

    private static Map<String, Person> people(Roster roster) {
        return roster.getPeople().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private static SeatAssignment seat(Roster roster, SeatKey key) {
        return roster.getSeats().stream()
                .filter(s -> s.getSession().id().equals(key.session()) && s.getRole().equals(key.role())
                        && s.getRoleIndex() == key.index())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No seat " + key));
    }
}
