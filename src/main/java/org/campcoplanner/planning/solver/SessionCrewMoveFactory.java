package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 *     <li>empty: a session's people are freed (it then costs its seats' priority).</li>
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
        return new RandomMoves(anyOpenSeat, random, () -> stateOf(roster));
    }

    private RosterState stateOf(Roster roster) {
        followed = RosterState.following(followed, roster);
        return followed;
    }

    static Iterator<SessionCrewMove> randomMoves(Roster roster, Random random) {
        return new RandomMoves(anyOpenSeat(roster), random, () -> new RosterState(roster));
    }

    private static boolean anyOpenSeat(Roster roster) {
        return roster.getSeats().stream().anyMatch(seat -> !seat.isPinned());
    }

    /**
     * Built anew for every step of local search, but only laid out when a move is asked for: the
     * union of move selectors creates this iterator on every step, and most steps take other moves.
     */
    private static final class RandomMoves implements Iterator<SessionCrewMove> {

        private final Random random;
        private final boolean anyOpenSeat;
        private final Supplier<RosterState> layout;
        private RosterState state;
        private List<Session> withEmptySeats;
        private List<Session> withPeople;

        RandomMoves(boolean anyOpenSeat, Random random, Supplier<RosterState> layout) {
            this.random = random;
            this.layout = layout;
            this.anyOpenSeat = anyOpenSeat;
        }

        private void layOut() {
            if (state == null) {
                state = layout.get();
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
            int kind = random.nextInt(10);
            if (withEmptySeats.isEmpty() || withPeople.isEmpty()) {
                return withEmptySeats.isEmpty() ? recrew() : fill();
            }
            if (kind < 2) {
                return fill();
            } else if (kind < 4) {
                return trade();
            } else if (kind < 6) {
                return regroup();
            } else if (kind < 8) {
                return bump();
            } else if (kind < 9) {
                return recrew();
            }
            return empty(pick(withPeople));
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
                        if (makeRoom(person, wanted, vacated, undo)) {
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
                        } else if (!staysSafe(left, staffing, changes)) {
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
         * Takes the person off their shifts that stand in the way of the session, and counts the
         * session in their workload; false, with nothing changed, when even that leaves no room.
         * Shifts that overlap the session go first; then, where leaving one shift would do, the one
         * that costs least, so that a helper's seat goes before the lead of a camp-out; otherwise the
         * nearest in time, as the rest rule wants the neighbouring shifts gone.
         */
        private boolean makeRoom(Person person, Session wanted, List<SeatAssignment> vacated, List<Runnable> undo) {
            Workload workload = state.workloads().get(person);
            List<Session> inTheWay = new ArrayList<>();
            while (!workload.canAlsoWork(wanted)) {
                Session leaving = inTheWay(person, wanted, workload);
                if (leaving == null) {
                    inTheWay.forEach(workload::add);
                    return false;
                }
                workload.remove(leaving);
                inTheWay.add(leaving);
            }
            inTheWay.forEach(session -> {
                undo.add(() -> workload.add(session));
                state.seatsOf(session).stream().filter(seat -> seat.getPerson() == person).forEach(vacated::add);
            });
            workload.add(wanted);
            undo.add(() -> workload.remove(wanted));
            return true;
        }

        /** The next of the person's shifts to leave for the session, or null when none is left to leave. */
        private Session inTheWay(Person person, Session wanted, Workload workload) {
            List<Session> leavable = workload.sessions().stream().filter(session -> !pinnedIn(session, person)).toList();
            for (Session session : leavable) {
                if (session.conflictsWith(wanted)) {
                    return session;
                }
            }
            Session cheapest = null;
            int cheapestCost = Integer.MAX_VALUE;
            for (Session session : leavable) {
                workload.remove(session);
                boolean enough = workload.canAlsoWork(wanted);
                workload.add(session);
                int cost = enough ? leavingCost(person, session) : Integer.MAX_VALUE;
                if (cost < cheapestCost) {
                    cheapest = session;
                    cheapestCost = cost;
                }
            }
            if (cheapest != null) {
                return cheapest;
            }
            return leavable.stream()
                    .min(Comparator.comparingLong(session -> Math.abs(session.startMinute() - wanted.startMinute())))
                    .orElse(null);
        }

        /**
         * The priority the person's seats in the session would leave empty, and that of the whole
         * session where it would not stay safe without them.
         */
        private int leavingCost(Person person, Session session) {
            List<SeatAssignment> theirs = state.seatsOf(session).stream().filter(seat -> seat.getPerson() == person)
                    .toList();
            if (staffing(session).isSafe(theirs, List.of())) {
                return theirs.stream().mapToInt(SeatAssignment::getPriority).sum();
            }
            return state.seatsOf(session).stream().filter(seat -> seat.getPerson() != null)
                    .mapToInt(SeatAssignment::getPriority).sum();
        }

        /** Whether the session is safe with its seats as this move has them so far. */
        private boolean staysSafe(Session session, SessionStaffing staffing, Map<SeatAssignment, Person> changes) {
            List<SeatAssignment> changed = state.seatsOf(session).stream().filter(changes::containsKey).toList();
            return staffing.isSafe(changed, changed.stream().map(changes::get).filter(Objects::nonNull).toList());
        }

        private boolean pinnedIn(Session session, Person person) {
            return state.seatsOf(session).stream().anyMatch(seat -> seat.isPinned() && seat.getPerson() == person);
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
