package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Local search moves on whole sessions (see {@link SessionCrewMove}), drawn at random:
 * <ul>
 *     <li>fill: a session's empty seats get a safe crew, its people stay;</li>
 *     <li>trade: people who could take a session's empty seats leave another session of that
 *     week, which is staffed again from who is left;</li>
 *     <li>recrew: a session gets a new crew from scratch;</li>
 *     <li>empty: a session's people are freed (it then costs its seats' priority).</li>
 * </ul>
 * Pinned seats are never touched. The moves respect rules 1-6 as far as one session's choice
 * can tell; the score decides whether a move is taken.
 */
public class SessionCrewMoveFactory implements MoveIteratorFactory<Roster, SessionCrewMove> {

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
        return randomMoves(scoreDirector.getWorkingSolution(), random);
    }

    static Iterator<SessionCrewMove> randomMoves(Roster roster, Random random) {
        return new RandomMoves(roster, random);
    }

    /**
     * Built anew for every step of local search, but only laid out when a move is asked for: the
     * union of move selectors creates this iterator on every step, and most steps take other moves.
     */
    private static final class RandomMoves implements Iterator<SessionCrewMove> {

        private final Roster roster;
        private final Random random;
        private final boolean anyOpenSeat;
        private RosterState state;
        private List<Session> withEmptySeats;
        private List<Session> withPeople;

        RandomMoves(Roster roster, Random random) {
            this.roster = roster;
            this.random = random;
            this.anyOpenSeat = roster.getSeats().stream().anyMatch(seat -> !seat.isPinned());
        }

        private static List<Session> sessionsWithOpenSeats(RosterState state, Predicate<SeatAssignment> which) {
            return state.sessions().stream()
                    .filter(session -> state.seatsOf(session).stream().anyMatch(seat -> !seat.isPinned() && which.test(seat)))
                    .toList();
        }

        private void layOut() {
            if (state == null) {
                state = new RosterState(roster);
                withEmptySeats = sessionsWithOpenSeats(state, seat -> seat.getPerson() == null);
                withPeople = sessionsWithOpenSeats(state, seat -> seat.getPerson() != null);
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
            if (kind < 4) {
                return fill();
            } else if (kind < 8) {
                return trade();
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
            List<Session> theirs = state.seatsOf(wanted).stream()
                    .filter(seat -> seat.getPerson() == null && !seat.isPinned())
                    .flatMap(seat -> seat.getEligiblePeople().stream())
                    .distinct()
                    .flatMap(person -> state.workloads().get(person).sessions().stream())
                    .filter(session -> session != wanted && session.week() == wanted.week() && hasOpenPeople(session))
                    .distinct()
                    .toList();
            if (theirs.isEmpty()) {
                return fill(wanted);
            }
            Session given = theirs.get(random.nextInt(theirs.size()));
            List<SeatAssignment> givenSeats = state.seatsOf(given).stream().filter(seat -> !seat.isPinned()).toList();
            List<Person> freed = givenSeats.stream().map(SeatAssignment::getPerson).filter(Objects::nonNull).toList();
            freed.forEach(person -> state.workloads().get(person).remove(given));
            Map<SeatAssignment, Person> staffed = staffing(wanted).choose();
            staffed.values().forEach(person -> state.workloads().get(person).add(wanted));
            try {
                Map<SeatAssignment, Person> regiven = staffing(given).choose(givenSeats);
                Map<SeatAssignment, Person> changes = new LinkedHashMap<>(staffed);
                givenSeats.forEach(seat -> changes.put(seat, regiven.get(seat)));
                return new SessionCrewMove(changes);
            } finally {
                staffed.values().forEach(person -> state.workloads().get(person).remove(wanted));
                freed.forEach(person -> state.workloads().get(person).add(given));
            }
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
