package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Searches for a chain of people moving up that fills a session's empty seat and leaves less
 * priority empty behind than the seat has: someone takes the seat and leaves the shifts in their
 * way; each seat they leave is taken by someone free for it, or else by one of the people who
 * could take it, tried one after another, who leaves theirs in turn, a few links deep. Where the
 * random chain of {@link SessionCrewMoveFactory} draws one taker per link and lets the score judge,
 * this one tries the other takers when a link leaves too much behind, which is how a helper's
 * seat is won when it takes three people each stepping into the shift of the next, and the last
 * into the one the first left.
 * <p>
 * A seat left where its session stays safe without it may stay empty, at the cost of its priority;
 * one whose session would not stay safe must be taken, or that link fails. Pinned seats are never
 * touched, and people who moved in the chain take another seat only when free for it. Within a
 * session, people change seats where that helps: the seat left by someone goes to whoever of its
 * session sits in a cheaper seat and could take it, and a seat wanted may be taken by someone who
 * fits another seat of the session, whose occupant moves over to it. Each search is laid out by a
 * new instance.
 */
final class ChainSearch {

    /** How many links a chain may have before only someone free may take a seat. */
    private static final int DEPTH = 4;
    /** How many takers one search may try in all, so that a move stays quick to lay out. */
    private static final int MOST_TRIES = 200;

    private final RosterState state;
    private final ShiftsInTheWay shifts;
    private final Random random;
    private final Map<SeatAssignment, Person> changes = new LinkedHashMap<>();
    private final List<Person> moved = new ArrayList<>();
    /** Undoes the search's changes to the workloads, {@link #changes} and {@link #moved}, last first. */
    private final List<Runnable> undo = new ArrayList<>();
    private int tries;

    ChainSearch(RosterState state, ShiftsInTheWay shifts, Random random) {
        this.state = state;
        this.shifts = shifts;
        this.random = random;
    }

    /**
     * The changes of a chain that fills one of the session's empty seats, or, where nobody works the
     * session yet, as many of its seats as make it safe, for less priority left empty than filled;
     * none when no such chain was found. The workloads are as they were when it returns.
     */
    Map<SeatAssignment, Person> changesFor(Session wanted) {
        List<SeatAssignment> emptySeats = new ArrayList<>(state.seatsOf(wanted).stream()
                .filter(seat -> !seat.isPinned() && seat.getPerson() == null).toList());
        Collections.shuffle(emptySeats, random);
        try {
            if (state.seatsOf(wanted).stream().anyMatch(seat -> seat.getPerson() != null)) {
                SeatAssignment seat = emptySeats.get(0);
                return take(seat, 0, seat.getPriority()) < 0 ? Map.of() : new LinkedHashMap<>(changes);
            }
            int budget = emptySeats.stream().mapToInt(SeatAssignment::getPriority).sum();
            int cost = 0;
            for (SeatAssignment seat : emptySeats) {
                int left = take(seat, 0, budget - cost);
                cost += Math.max(left, 0);
            }
            return changes.isEmpty() || !state.staysSafe(wanted, changes) ? Map.of() : new LinkedHashMap<>(changes);
        } finally {
            undoBackTo(0);
        }
    }

    private int take(SeatAssignment seat, int depth, int budget) {
        return take(seat, depth, budget, false);
    }

    /**
     * Has someone take the seat, leaving less than {@code budget} of priority empty along the chain
     * that follows; what it leaves, or -1, with nothing changed, when no chain within the budget
     * was found. Where {@code makingSafe}, only someone with whom the seat's session is safe again
     * may take it: a seat left by the checked adult is not made good by any helper.
     */
    private int take(SeatAssignment seat, int depth, int budget, boolean makingSafe) {
        if (budget <= 0) {
            return -1;
        }
        List<Taking> free = new ArrayList<>();
        List<Taking> busy = new ArrayList<>();
        takings(seat, seat, free, busy);
        Collections.shuffle(busy, random);
        List<Taking> freeAfterMovingUp = new ArrayList<>();
        List<Taking> busyAfterMovingUp = new ArrayList<>();
        for (SeatAssignment other : othersWhoseOccupantCouldTake(seat)) {
            takings(other, seat, freeAfterMovingUp, busyAfterMovingUp);
        }
        Collections.shuffle(busyAfterMovingUp, random);
        busy.addAll(busyAfterMovingUp);
        if (free.isEmpty()) {
            free = freeAfterMovingUp;
        }
        Session session = seat.getSession();
        Collections.shuffle(free, random);
        for (Taking taking : free) {
            if (!sat(taking, makingSafe, undo.size())) {
                continue;
            }
            Workload workload = state.workloads().get(taking.taker());
            workload.add(session);
            undo.add(() -> workload.remove(session));
            return 0;
        }
        if (depth >= DEPTH) {
            return -1;
        }
        for (Taking taking : busy) {
            if (tries++ >= MOST_TRIES) {
                return -1;
            }
            int before = undo.size();
            List<SeatAssignment> vacated = new ArrayList<>();
            if (!shifts.makeRoom(taking.taker(), session, vacated, undo)) {
                continue;
            }
            if (!sat(taking, makingSafe, before)) {
                continue;
            }
            int left = leave(vacated, depth, budget);
            if (left >= 0) {
                return left;
            }
            undoBackTo(before);
        }
        return -1;
    }

    /**
     * Someone from outside the session takes {@code into}: the seat wanted itself, or another seat
     * of its session whose occupant moves over to the one wanted (a lifeguard joins, and the
     * session's own lifeguard, a first aider too, takes the first aider's seat left empty).
     */
    private record Taking(Person taker, SeatAssignment into, SeatAssignment wanted) {
    }

    private void takings(SeatAssignment into, SeatAssignment wanted, List<Taking> free, List<Taking> busy) {
        ShiftsInTheWay.Takers takers = shifts.takersOf(into, moved);
        takers.free().forEach(person -> free.add(new Taking(person, into, wanted)));
        takers.busy().forEach(person -> busy.add(new Taking(person, into, wanted)));
    }

    private void sit(Taking taking) {
        if (taking.into() != taking.wanted()) {
            moveOver(taking.into(), taking.wanted());
        }
        sit(taking.into(), taking.taker());
        moved(taking.taker());
    }

    /**
     * Seats the taking; false, with everything undone back to {@code before}, where the seat had
     * to make its session safe again and this taker does not.
     */
    private boolean sat(Taking taking, boolean makingSafe, int before) {
        sit(taking);
        if (makingSafe && !state.staysSafe(taking.into().getSession(), changes)) {
            undoBackTo(before);
            return false;
        }
        return true;
    }

    /** The occupant of one seat moves over to another of the same session. */
    private void moveOver(SeatAssignment from, SeatAssignment to) {
        Person movingOver = occupant(from);
        sit(to, movingOver);
        moved(movingOver);
    }

    /**
     * The seats someone left, each taken along a chain or left empty where that is allowed; what
     * they leave, or -1. Someone of the same session in a seat of lower priority who could take a
     * seat left moves up into it first, and leaves theirs instead.
     */
    private int leave(List<SeatAssignment> vacated, int depth, int budget) {
        int left = 0;
        for (SeatAssignment leaving : vacated) {
            if (changes.get(leaving) != null) {
                continue;
            }
            SeatAssignment seat = leaving;
            SeatAssignment lower = othersWhoseOccupantCouldTake(leaving).stream()
                    .filter(other -> other.getPriority() < leaving.getPriority())
                    .min(Comparator.comparingInt(SeatAssignment::getPriority)).orElse(null);
            if (lower != null) {
                moveOver(lower, leaving);
                seat = lower;
            }
            sit(seat, null);
            if (state.staysSafe(seat.getSession(), changes)) {
                int taken = take(seat, depth + 1, Math.min(seat.getPriority(), budget - left));
                left += taken >= 0 ? taken : seat.getPriority();
            } else {
                int taken = take(seat, depth + 1, budget - left, true);
                if (taken < 0) {
                    return -1;
                }
                left += taken;
            }
            if (left >= budget) {
                return -1;
            }
        }
        return left;
    }

    /** The session's other seats, not pinned, whose occupant as the chain has it could take the seat. */
    private List<SeatAssignment> othersWhoseOccupantCouldTake(SeatAssignment seat) {
        return state.seatsOf(seat.getSession()).stream().filter(other -> {
            Person sitting = occupant(other);
            return other != seat && !other.isPinned() && sitting != null && seat.getEligiblePeople().contains(sitting);
        }).toList();
    }

    /** Who sits in the seat as the chain has it so far. */
    private Person occupant(SeatAssignment seat) {
        return changes.containsKey(seat) ? changes.get(seat) : seat.getPerson();
    }

    /**
     * Counts the person as moved in this chain: they may take another seat only when free for it, as
     * leaving the shifts in their way would not see the seat this chain gave them.
     */
    private void moved(Person person) {
        moved.add(person);
        undo.add(() -> moved.remove(moved.size() - 1));
    }

    private void sit(SeatAssignment seat, Person person) {
        boolean changed = changes.containsKey(seat);
        Person before = changes.get(seat);
        changes.put(seat, person);
        undo.add(() -> {
            if (changed) {
                changes.put(seat, before);
            } else {
                changes.remove(seat);
            }
        });
    }

    private void undoBackTo(int size) {
        for (int i = undo.size() - 1; i >= size; i--) {
            undo.remove(i).run();
        }
    }
}
