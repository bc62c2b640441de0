package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Collections;
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
 * touched, and people who moved in the chain take another seat only when free for it. Each
 * search is laid out by a new instance.
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
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
        }
    }

    /**
     * Has someone take the seat, leaving less than {@code budget} of priority empty along the chain
     * that follows; what it leaves, or -1, with nothing changed, when no chain within the budget
     * was found.
     */
    private int take(SeatAssignment seat, int depth, int budget) {
        if (budget <= 0) {
            return -1;
        }
        Session session = seat.getSession();
        ShiftsInTheWay.Takers takers = shifts.takersOf(seat, moved);
        List<Person> free = takers.free();
        List<Person> busy = new ArrayList<>(takers.busy());
        if (!free.isEmpty()) {
            Person taker = free.get(random.nextInt(free.size()));
            sit(seat, taker);
            Workload workload = state.workloads().get(taker);
            workload.add(session);
            undo.add(() -> workload.remove(session));
            return 0;
        }
        if (depth >= DEPTH) {
            return -1;
        }
        Collections.shuffle(busy, random);
        for (Person candidate : busy) {
            if (tries++ >= MOST_TRIES) {
                return -1;
            }
            int before = undo.size();
            List<SeatAssignment> vacated = new ArrayList<>();
            if (!shifts.makeRoom(candidate, session, vacated, undo)) {
                continue;
            }
            sit(seat, candidate);
            moved.add(candidate);
            undo.add(() -> moved.remove(moved.size() - 1));
            int left = leave(vacated, depth, budget);
            if (left >= 0) {
                return left;
            }
            undoBackTo(before);
        }
        return -1;
    }

    /** The seats someone left, each taken along a chain or left empty where that is allowed; what they leave, or -1. */
    private int leave(List<SeatAssignment> vacated, int depth, int budget) {
        int left = 0;
        for (SeatAssignment seat : vacated) {
            if (changes.get(seat) != null) {
                continue;
            }
            sit(seat, null);
            Session session = seat.getSession();
            if (state.staysSafe(session, changes)) {
                int taken = take(seat, depth + 1, Math.min(seat.getPriority(), budget - left));
                left += taken >= 0 ? taken : seat.getPriority();
            } else {
                int taken = take(seat, depth + 1, budget - left);
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
