package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Local search moves on whole sessions (see {@link SessionCrewMove}), drawn at random:
 * <ul>
 *     <li>fill: a session's empty seats get a safe crew, its people stay;</li>
 *     <li>trade: people who could take a session's empty seats leave another session of that
 *     week, which is staffed again from who is left;</li>
 *     <li>regroup: the crews of a few sessions of a week are formed again around one with empty seats;</li>
 *     <li>recrew: a session gets a new crew from scratch;</li>
 *     <li>empty: a session's people are freed (it then costs its seats' priority);</li>
 *     <li>chain: someone takes an empty seat and leaves the shifts in their way, whose seats are
 *     taken in turn by people leaving less behind, a few links deep;</li>
 *     <li>dissolve: a session is closed and its people take the week's empty seats that count most;</li>
 *     <li>searched chain: a chain like the one above, whose takers are tried one after another until
 *     it leaves less priority empty than it fills (see {@link ChainSearch}).</li>
 * </ul>
 * Pinned seats are never touched. The moves respect rules 1-6 as far as one session's choice
 * can tell; the score decides whether a move is taken.
 */
public class SessionCrewMoveFactory implements MoveIteratorFactory<Roster, SessionCrewMove> {

    /** Kept from step to step of one phase and caught up with each step's change, as laying it out anew costs more. */
    private RosterState followed;
    /** Seats are pinned before solving and stay so for the phase. */
    private Boolean anyOpenSeat;

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        followed = null;
        anyOpenSeat = null;
    }

    @Override
    public void phaseEnded(ScoreDirector<Roster> scoreDirector) {
        phaseStarted(scoreDirector);
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return 4L * scoreDirector.getWorkingSolution().getSessions().size();
    }

    /** Every session with empty seats filled, in the roster's order: for an exhaustive search. */
    @Override
    public Iterator<SessionCrewMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        RosterState state = new RosterState(scoreDirector.getWorkingSolution());
        return state.sessions().stream()
                .map(session -> new SessionStaffing(session, state.seatsOf(session), state.workloads(), null).choose())
                .filter(changes -> !changes.isEmpty())
                .map(SessionCrewMove::new)
                .iterator();
    }

    @Override
    public Iterator<SessionCrewMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        Roster roster = scoreDirector.getWorkingSolution();
        if (anyOpenSeat == null) {
            anyOpenSeat = anyOpenSeat(roster);
        }
        return new RandomMoves(anyOpenSeat, random, () -> stateOf(roster), null);
    }

    private RosterState stateOf(Roster roster) {
        followed = RosterState.following(followed, roster);
        return followed;
    }

    static Iterator<SessionCrewMove> randomMoves(Roster roster, Random random) {
        return randomMoves(roster, random, null);
    }

    /** Moves of one kind only, or of every kind when {@code only} is null. */
    static Iterator<SessionCrewMove> randomMoves(Roster roster, Random random, Kind only) {
        return new RandomMoves(anyOpenSeat(roster), random, () -> new RosterState(roster), only);
    }

    /**
     * The kinds of move, each drawn this many times in twenty: on scarce M camps the chains, random
     * and searched, and the dissolving of sessions took local search nearest the optimum
     * (docs/benchmarks.md).
     */
    enum Kind {
        FILL(2), TRADE(2), REGROUP(2), BUMP(2), RECREW(1), EMPTY(1), CHAIN(3), DISSOLVE(4), CHAIN_SEARCH(3);

        private static final int DRAWS = 20;
        private final int share;

        Kind(int share) {
            this.share = share;
        }

        static Kind draw(Random random) {
            int drawn = random.nextInt(DRAWS);
            for (Kind kind : values()) {
                drawn -= kind.share;
                if (drawn < 0) {
                    return kind;
                }
            }
            throw new IllegalStateException("the shares add up to less than " + DRAWS);
        }
    }

    private static boolean anyOpenSeat(Roster roster) {
        return roster.getSeats().stream().anyMatch(seat -> !seat.isPinned());
    }

    /**
     * Built anew for every step of local search, but only laid out when a move is asked for: the
     * union of move selectors creates this iterator on every step, and most steps take other moves.
     */
    private static final class RandomMoves implements Iterator<SessionCrewMove> {

        /** How many times a seat left for another may itself be taken by someone leaving theirs. */
        private static final int CHAIN_DEPTH = 3;
        /** Of how many people, drawn at random, the one leaving least behind takes a seat in a chain. */
        private static final int TAKERS_DRAWN = 3;

        private final Random random;
        private final boolean anyOpenSeat;
        private final Supplier<RosterState> layout;
        private final Kind only;
        private RosterState state;
        private ShiftsInTheWay shifts;
        private List<Session> withEmptySeats;
        private List<Session> withPeople;

        RandomMoves(boolean anyOpenSeat, Random random, Supplier<RosterState> layout, Kind only) {
            this.random = random;
            this.only = only;
            this.layout = layout;
            this.anyOpenSeat = anyOpenSeat;
        }

        private void layOut() {
            if (state == null) {
                state = layout.get();
                shifts = new ShiftsInTheWay(state);
                withEmptySeats = state.sessionsWithOpenEmptySeats();
                withPeople = state.sessionsWithOpenFilledSeats();
            }
        }

        /** Every seat that is not pinned is either empty or has someone in it, so there is always a move. */
        @Override
        public boolean hasNext() {
            return anyOpenSeat;
        }

        @Override
        public SessionCrewMove next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            layOut();
            // drawn first, used or not, so that a new kind of move leaves the moves on a camp with every
            // seat filled as they were (and with them the demo's seeded roster, which page tests use)
            Kind drawn = only != null ? only : Kind.draw(random);
            if (withEmptySeats.isEmpty() || withPeople.isEmpty()) {
                return withEmptySeats.isEmpty() ? recrew() : fill();
            }
            return leavingNoSessionUnsafe(switch (drawn) {
                case FILL -> fill();
                case TRADE -> trade();
                case REGROUP -> regroup();
                case BUMP -> bump();
                case RECREW -> recrew();
                case EMPTY -> empty(pick(withPeople));
                case CHAIN -> chain();
                case DISSOLVE -> dissolve();
                case CHAIN_SEARCH -> searchedChain();
            });
        }

        /**
         * The move with every session it would leave with people but unsafe emptied instead: a
         * chain, a bump or a dissolve that could not find the rest of a crew would otherwise break
         * safeguarding (on a stuck scarce M roster a third of the dissolves did), and the score
         * refuses such a move outright, where the session emptied is a roster it may weigh.
         */
        private SessionCrewMove leavingNoSessionUnsafe(SessionCrewMove move) {
            Map<SeatAssignment, Person> changes = new LinkedHashMap<>(move.changes());
            List<Session> unsafe = changes.keySet().stream().map(SeatAssignment::getSession).distinct()
                    .filter(session -> state.leftUnsafe(session, changes)).toList();
            if (unsafe.isEmpty()) {
                return move;
            }
            // not emptyInto: the workloads count the roster as it is, not the move laid out
            unsafe.forEach(session -> state.seatsOf(session).stream().filter(seat -> !seat.isPinned())
                    .forEach(seat -> changes.put(seat, null)));
            return new SessionCrewMove(changes);
        }

        private SessionCrewMove fill() {
            return fill(pick(withEmptySeats));
        }

        private SessionCrewMove fill(Session session) {
            return new SessionCrewMove(staffing(session).choose());
        }

        private SessionCrewMove recrew() {
            Session session = pick(withPeople.isEmpty() ? withEmptySeats : withPeople);
            return new SessionCrewMove(staffing(session).chooseAfresh());
        }

        /**
         * Someone who could take an empty seat of one session works another one instead: that other
         * session is emptied, the first is staffed with whoever is free now, and the other is
         * staffed again from who is left. This is how a camp short of people finds which sessions
         * to staff, one exchange at a time.
         */
        private SessionCrewMove trade() {
            Session wanted = pick(withEmptySeats);
            List<Session> theirs = givers(wanted);
            if (theirs.isEmpty()) {
                return fill(wanted);
            }
            Session given = theirs.get(random.nextInt(theirs.size()));
            List<SeatAssignment> givenSeats = state.seatsOf(given).stream().filter(seat -> !seat.isPinned()).toList();
            List<Runnable> undo = new ArrayList<>();
            try {
                emptyInto(given, new LinkedHashMap<>(), undo);
                Map<SeatAssignment, Person> staffed = random.nextBoolean() ? staffing(wanted).chooseLean()
                        : staffing(wanted).choose();
                take(staffed, wanted, undo);
                Map<SeatAssignment, Person> regiven = staffing(given).choose(givenSeats);
                Map<SeatAssignment, Person> changes = new LinkedHashMap<>(staffed);
                givenSeats.forEach(seat -> changes.put(seat, regiven.get(seat)));
                return new SessionCrewMove(changes);
            } finally {
                restore(undo);
            }
        }

        /**
         * A week's crews formed again around one session with empty seats: up to three sessions of
         * that week whose people could take those seats are emptied, the wanted session is staffed
         * first, then every other session of the week that has empty seats, the most priority
         * waiting first, and the emptied ones last from who is left. Where a trade exchanges one
         * session for one other, this lets the people of one long session staff two shorter ones
         * (or the reverse) in one step.
         */
        private SessionCrewMove regroup() {
            Session wanted = pick(withEmptySeats);
            List<Session> theirs = new ArrayList<>(givers(wanted));
            if (theirs.isEmpty()) {
                return fill(wanted);
            }
            Collections.shuffle(theirs, random);
            List<Session> given = theirs.subList(0, 1 + random.nextInt(Math.min(3, theirs.size())));
            Map<SeatAssignment, Person> changes = new LinkedHashMap<>();
            List<Runnable> undo = new ArrayList<>();
            try {
                given.forEach(session -> emptyInto(session, changes, undo));
                List<Session> toStaff = new ArrayList<>();
                toStaff.add(wanted);
                withEmptySeats.stream()
                        .filter(session -> session != wanted && session.week() == wanted.week() && !given.contains(session))
                        .sorted(Comparator.comparingInt((Session session) -> waitingPriority(session, changes)).reversed())
                        .forEach(toStaff::add);
                toStaff.addAll(given);
                boolean lean = random.nextBoolean();
                for (Session session : toStaff) {
                    List<SeatAssignment> open = openSeats(session, changes);
                    SessionStaffing staffing = staffing(session);
                    Map<SeatAssignment, Person> crew = lean ? staffing.chooseLean(open) : staffing.choose(open);
                    changes.putAll(crew);
                    take(crew, session, undo);
                }
                return new SessionCrewMove(changes);
            } finally {
                restore(undo);
            }
        }

        /**
         * Up to three people who could take empty seats of a session take them and leave the shifts
         * of theirs that stand in the way, nearest in time first: each seat they leave is taken by
         * someone free, stays empty where its session is safe without it, or else that session is
         * emptied. The session's other empty seats are then staffed from who is free. This is how
         * helpers become a camp-out's night crew when the rest rule wants their neighbouring
         * shifts gone, which no exchange of one session for another can do.
         */
        private SessionCrewMove bump() {
            Session wanted = pick(withEmptySeats);
            List<SeatAssignment> emptySeats = new ArrayList<>(openSeats(wanted, Map.of()));
            Collections.shuffle(emptySeats, random);
            List<Person> joining = new ArrayList<>();
            List<SeatAssignment> vacated = new ArrayList<>();
            Map<SeatAssignment, Person> changes = new LinkedHashMap<>();
            List<Runnable> undo = new ArrayList<>();
            try {
                int bumps = 1 + random.nextInt(Math.min(3, emptySeats.size()));
                for (SeatAssignment seat : emptySeats.subList(0, bumps)) {
                    List<Person> candidates = seat.getEligiblePeople().stream()
                            .filter(person -> !state.workloads().get(person).sessions().contains(wanted)).toList();
                    if (!candidates.isEmpty()) {
                        Person person = candidates.get(random.nextInt(candidates.size()));
                        if (shifts.makeRoom(person, wanted, vacated, undo)) {
                            changes.put(seat, person);
                            joining.add(person);
                        }
                    }
                }
                if (joining.isEmpty()) {
                    return fill(wanted);
                }
                for (SeatAssignment seat : vacated) {
                    if (!changes.containsKey(seat)) {
                        Session left = seat.getSession();
                        SessionStaffing staffing = staffing(left);
                        Map<SeatAssignment, Person> refill = staffing.choose(List.of(seat));
                        changes.put(seat, refill.get(seat));
                        if (!refill.isEmpty()) {
                            take(refill, left, undo);
                        } else if (!state.staysSafe(left, changes)) {
                            emptyInto(left, changes, undo);
                        }
                    }
                }
                List<SeatAssignment> rest = emptySeats.stream().filter(seat -> !changes.containsKey(seat)).toList();
                SessionStaffing staffing = staffing(wanted);
                if (!rest.isEmpty() && (!staffing.isSafe(List.of(), joining) || random.nextBoolean())) {
                    Map<SeatAssignment, Person> crew = random.nextBoolean() ? staffing.choose(rest, joining)
                            : staffing.chooseLean(rest, joining);
                    changes.putAll(crew);
                    take(crew, wanted, undo);
                }
                return new SessionCrewMove(changes);
            } finally {
                restore(undo);
            }
        }

        /**
         * A session is closed and its people go where they count most in that week: each takes the
         * empty seat of the highest priority they are free for, and a session they open gets the
         * rest of a safe crew from who is free, or stays closed. On a camp short of people this is
         * how a Friday morning's crew becomes the leads of a Thursday afternoon and an evening.
         */
        private SessionCrewMove dissolve() {
            Session closed = pick(withPeople);
            Map<SeatAssignment, Person> changes = new LinkedHashMap<>();
            List<Runnable> undo = new ArrayList<>();
            try {
                List<Person> freed = new ArrayList<>(state.seatsOf(closed).stream().filter(seat -> !seat.isPinned())
                        .map(SeatAssignment::getPerson).filter(Objects::nonNull).toList());
                emptyInto(closed, changes, undo);
                Collections.shuffle(freed, random);
                List<Session> week = withEmptySeats.stream()
                        .filter(session -> session != closed && session.week() == closed.week()).toList();
                Map<Session, List<Person>> joining = new LinkedHashMap<>();
                for (Person person : freed) {
                    Workload workload = state.workloads().get(person);
                    SeatAssignment best = null;
                    int bestRank = Integer.MIN_VALUE;
                    for (Session session : week) {
                        if (workload.sessions().contains(session) || !workload.canAlsoWork(session)) {
                            continue;
                        }
                        for (SeatAssignment seat : openSeats(session, changes)) {
                            if (changes.get(seat) == null && seat.getEligiblePeople().contains(person)) {
                                int rank = seat.getPriority() * 100 + random.nextInt(100);
                                if (rank > bestRank) {
                                    best = seat;
                                    bestRank = rank;
                                }
                            }
                        }
                    }
                    if (best != null) {
                        Session taken = best.getSession();
                        changes.put(best, person);
                        workload.add(taken);
                        undo.add(() -> workload.remove(taken));
                        joining.computeIfAbsent(taken, session -> new ArrayList<>()).add(person);
                    }
                }
                if (joining.isEmpty()) {
                    return empty(closed);
                }
                joining.forEach((session, joined) -> completeCrew(session, joined, changes, undo));
                return new SessionCrewMove(changes);
            } finally {
                restore(undo);
            }
        }

        /**
         * Someone takes an empty seat and leaves the shifts in their way; each seat they leave is
         * taken by someone free, or by whoever leaves the least behind to take it, and so on a few
         * times: a chain of people each moving up to where they count more. This finds the changes
         * where a night helper's two day shifts pass to a helper who leaves a shorter one, which a
         * bump, refilling only from people who are free, cannot.
         */
        private SessionCrewMove chain() {
            Session wanted = pick(withEmptySeats);
            List<SeatAssignment> emptySeats = new ArrayList<>(openSeats(wanted, Map.of()));
            Collections.shuffle(emptySeats, random);
            Map<SeatAssignment, Person> changes = new LinkedHashMap<>();
            List<Runnable> undo = new ArrayList<>();
            List<Person> moved = new ArrayList<>();
            List<Person> joining = new ArrayList<>();
            Deque<Map.Entry<SeatAssignment, Integer>> toTake = new ArrayDeque<>();
            try {
                // a session without anyone is opened, half the time, with every seat taken along a chain
                boolean opening = random.nextBoolean()
                        && state.seatsOf(wanted).stream().allMatch(seat -> seat.getPerson() == null);
                int seats = opening ? emptySeats.size() : 1 + random.nextInt(Math.min(3, emptySeats.size()));
                emptySeats.subList(0, seats).forEach(seat -> toTake.add(Map.entry(seat, 0)));
                List<Session> emptied = new ArrayList<>();
                while (!toTake.isEmpty()) {
                    Map.Entry<SeatAssignment, Integer> next = toTake.poll();
                    SeatAssignment seat = next.getKey();
                    Session session = seat.getSession();
                    if (changes.get(seat) != null || emptied.contains(session)) {
                        continue;
                    }
                    boolean unsafeWithout = session != wanted && !state.staysSafe(session, changes);
                    // a seat left where its session stays safe is worth taking only for less than its priority
                    int mostCost = session == wanted || unsafeWithout ? Integer.MAX_VALUE : seat.getPriority() - 1;
                    List<SeatAssignment> vacated = new ArrayList<>();
                    Person taker = next.getValue() < CHAIN_DEPTH ? taker(seat, mostCost, moved, vacated, undo) : null;
                    if (taker != null) {
                        changes.put(seat, taker);
                        moved.add(taker);
                        if (session == wanted) {
                            joining.add(taker);
                        }
                        vacated.forEach(left -> {
                            changes.putIfAbsent(left, null);
                            toTake.add(Map.entry(left, next.getValue() + 1));
                        });
                    } else if (unsafeWithout) {
                        emptyInto(session, changes, undo);
                        emptied.add(session);
                    }
                }
                if (joining.isEmpty()) {
                    return fill(wanted);
                }
                completeCrew(wanted, joining, changes, undo);
                return new SessionCrewMove(changes);
            } finally {
                restore(undo);
            }
        }

        /** A chain found by {@link ChainSearch} for a session with empty seats, else a fill of it. */
        private SessionCrewMove searchedChain() {
            Session wanted = pick(withEmptySeats);
            Map<SeatAssignment, Person> changes = new ChainSearch(state, shifts, random).changesFor(wanted);
            return changes.isEmpty() ? fill(wanted) : new SessionCrewMove(changes);
        }

        /**
         * Where the session is not safe with the people this move has in it so far ({@code joining}
         * among them), its empty seats are staffed from who is free; no crew is chosen when that
         * would still not make it safe.
         */
        private void completeCrew(Session session, List<Person> joining, Map<SeatAssignment, Person> changes,
                                  List<Runnable> undo) {
            List<SeatAssignment> rest = openSeats(session, changes).stream()
                    .filter(seat -> changes.get(seat) == null).toList();
            SessionStaffing staffing = staffing(session);
            if (!rest.isEmpty() && !state.staysSafe(session, changes)) {
                Map<SeatAssignment, Person> crew = staffing.choose(rest, joining);
                changes.putAll(crew);
                take(crew, session, undo);
            }
        }

        /**
         * Who takes the seat: someone free for it where there is anyone, else the one leaving least
         * behind of a few drawn at random (the seats they leave may be taken in turn, so the least
         * is not always the best); null when nobody can. People who moved in this chain take another
         * seat only when free for it. The one chosen has the session in their workload and their
         * shifts in the way left (until {@code undo} runs), and the seats they left are added to
         * {@code vacated}.
         */
        private Person taker(SeatAssignment seat, int mostCost, List<Person> moved, List<SeatAssignment> vacated,
                             List<Runnable> undo) {
            Session session = seat.getSession();
            ShiftsInTheWay.Takers takers = shifts.takersOf(seat, moved);
            List<Person> free = takers.free();
            List<Person> busy = new ArrayList<>(takers.busy());
            Person taker = null;
            if (!free.isEmpty()) {
                taker = free.get(random.nextInt(free.size()));
            } else {
                long cheapestCost = (long) mostCost + 1;
                for (int drawn = 0; drawn < TAKERS_DRAWN && !busy.isEmpty(); drawn++) {
                    Person candidate = busy.remove(random.nextInt(busy.size()));
                    int cost = roomCost(candidate, session);
                    if (cost >= 0 && cost < cheapestCost) {
                        taker = candidate;
                        cheapestCost = cost;
                    }
                }
            }
            return taker != null && shifts.makeRoom(taker, session, vacated, undo) ? taker : null;
        }

        /** What the person would leave behind to take the session, or -1 when they cannot. */
        private int roomCost(Person person, Session wanted) {
            List<Session> inTheWay = shifts.leave(person, wanted);
            if (inTheWay == null) {
                return -1;
            }
            inTheWay.forEach(state.workloads().get(person)::add);
            return inTheWay.stream().flatMap(session -> state.seatsOf(session).stream())
                    .filter(seat -> seat.getPerson() == person).mapToInt(SeatAssignment::getPriority).sum();
        }

        /** Puts the workloads back as they were before the move was laid out, last change first. */
        private static void restore(List<Runnable> undo) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
        }

        /** Counts the session in the workloads of the people chosen for it, until {@code undo} runs. */
        private void take(Map<SeatAssignment, Person> chosen, Session session, List<Runnable> undo) {
            chosen.values().stream().filter(Objects::nonNull).forEach(person -> {
                Workload workload = state.workloads().get(person);
                workload.add(session);
                undo.add(() -> workload.remove(session));
            });
        }

        /**
         * Empties the session's seats that are not pinned, as the move has them so far, and frees
         * their people until {@code undo} runs.
         */
        private void emptyInto(Session session, Map<SeatAssignment, Person> changes, List<Runnable> undo) {
            for (SeatAssignment seat : state.seatsOf(session)) {
                Person leaving = changes.containsKey(seat) ? changes.get(seat) : seat.getPerson();
                if (!seat.isPinned() && leaving != null) {
                    Workload workload = state.workloads().get(leaving);
                    workload.remove(session);
                    undo.add(() -> workload.add(session));
                    changes.put(seat, null);
                }
            }
        }

        /** Sessions of the same week with people who could take one of the session's empty seats. */
        private List<Session> givers(Session wanted) {
            return openSeats(wanted, Map.of()).stream()
                    .flatMap(seat -> seat.getEligiblePeople().stream())
                    .distinct()
                    .flatMap(person -> state.workloads().get(person).sessions().stream())
                    .filter(session -> session != wanted && session.week() == wanted.week() && hasOpenPeople(session))
                    .distinct()
                    .toList();
        }

        /** The priority of the session's seats that are empty, or emptied by this move. */
        private int waitingPriority(Session session, Map<SeatAssignment, Person> changes) {
            return openSeats(session, changes).stream().mapToInt(SeatAssignment::getPriority).sum();
        }

        /** The session's seats that are not pinned and are empty, or given anew by this move. */
        private List<SeatAssignment> openSeats(Session session, Map<SeatAssignment, Person> changes) {
            return state.seatsOf(session).stream()
                    .filter(seat -> !seat.isPinned() && (seat.getPerson() == null || changes.containsKey(seat)))
                    .toList();
        }

        private boolean hasOpenPeople(Session session) {
            return state.seatsOf(session).stream().anyMatch(seat -> !seat.isPinned() && seat.getPerson() != null);
        }

        private SessionCrewMove empty(Session session) {
            Map<SeatAssignment, Person> changes = new LinkedHashMap<>();
            state.seatsOf(session).stream().filter(seat -> !seat.isPinned() && seat.getPerson() != null)
                    .forEach(seat -> changes.put(seat, null));
            return new SessionCrewMove(changes);
        }

        private SessionStaffing staffing(Session session) {
            return new SessionStaffing(session, state.seatsOf(session), state.workloads(), random);
        }

        private Session pick(List<Session> sessions) {
            return sessions.get(random.nextInt(sessions.size()));
        }
    }
}
