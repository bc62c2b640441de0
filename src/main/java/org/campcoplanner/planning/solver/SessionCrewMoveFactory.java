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
import java.util.Random;
import java.util.function.Predicate;

/**
 * Local search moves on whole sessions (see {@link SessionCrewMove}), drawn at random:
 * <ul>
 *     <li>fill: a session's empty seats get a safe crew, its people stay;</li>
 *     <li>trade: one session is emptied and its people are free to staff another one, which is
 *     how a camp short of people finds which sessions to staff;</li>
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
            Session session = pick(withEmptySeats);
            return new SessionCrewMove(staffing(session).choose());
        }

        private SessionCrewMove recrew() {
            Session session = pick(withPeople.isEmpty() ? withEmptySeats : withPeople);
            return new SessionCrewMove(staffing(session).chooseAfresh());
        }

        private SessionCrewMove trade() {
            Session emptied = pick(withPeople);
            Session staffed = pick(withEmptySeats);
            if (emptied == staffed) {
                return recrew();
            }
            SessionCrewMove freeing = empty(emptied);
            List<Person> freed = state.seatsOf(emptied).stream().filter(seat -> !seat.isPinned())
                    .map(SeatAssignment::getPerson).filter(person -> person != null).toList();
            freed.forEach(person -> state.workloads().get(person).remove(emptied));
            try {
                Map<SeatAssignment, Person> changes = new LinkedHashMap<>();
                freeing.getPlanningEntities().forEach(seat -> changes.put(seat, null));
                changes.putAll(staffing(staffed).choose());
                return new SessionCrewMove(changes);
            } finally {
                freed.forEach(person -> state.workloads().get(person).add(emptied));
            }
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
