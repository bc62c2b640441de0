package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Local search moves for rule 8, a fair share of pledged hours: a seat goes from its person to
 * whoever could take it with the most gain in rule 8 that week: typically from someone working
 * more than they pledged (or staff, who pledge nothing) to someone short of their pledge. The
 * taker must be free for the session and leave it safe. Once every seat of a large camp is filled,
 * most of what is left to improve is this rule, and random changes rarely pair the right seat with
 * the right person among thousands. Pinned seats are never touched; the score decides whether a
 * move is taken.
 */
public class PledgeBalanceMoveFactory implements MoveIteratorFactory<Roster, SessionCrewMove> {

    /** Seats looked at for one move before giving up on this draw. */
    private static final int TRIES = 20;

    /** Kept from step to step of one phase and caught up with each step's change, as in {@link SessionCrewMoveFactory}. */
    private RosterState followed;

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        followed = null;
    }

    @Override
    public void phaseEnded(ScoreDirector<Roster> scoreDirector) {
        followed = null;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSeats().size();
    }

    /** Every seat whose move would make the pledges fairer, in the roster's order. */
    @Override
    public Iterator<SessionCrewMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        RosterState state = new RosterState(scoreDirector.getWorkingSolution());
        return scoreDirector.getWorkingSolution().getSeats().stream()
                .map(seat -> balance(state, seat, null))
                .filter(Objects::nonNull)
                .iterator();
    }

    @Override
    public Iterator<SessionCrewMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        Roster roster = scoreDirector.getWorkingSolution();
        return randomMoves(roster, random, () -> stateOf(roster));
    }

    static Iterator<SessionCrewMove> randomMoves(Roster roster, Random random) {
        return randomMoves(roster, random, () -> new RosterState(roster));
    }

    private static Iterator<SessionCrewMove> randomMoves(Roster roster, Random random, Supplier<RosterState> layout) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !roster.getSeats().isEmpty();
            }

            @Override
            public SessionCrewMove next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RosterState state = layout.get();
                List<SeatAssignment> seats = roster.getSeats();
                for (int i = 0; i < TRIES; i++) {
                    SessionCrewMove move = balance(state, seats.get(random.nextInt(seats.size())), random);
                    if (move != null) {
                        return move;
                    }
                }
                // nothing to balance in this draw: a move that is never done
                return new SessionCrewMove(Map.of());
            }
        };
    }

    private RosterState stateOf(Roster roster) {
        followed = RosterState.following(followed, roster);
        return followed;
    }

    /** The seat given to whoever narrows the gaps to the pledges most, or null when nobody would narrow them. */
    static SessionCrewMove balance(RosterState state, SeatAssignment seat, Random random) {
        Person holder = seat.getPerson();
        if (seat.isPinned() || holder == null) {
            return null;
        }
        Session session = seat.getSession();
        int minutes = session.durationMinutes();
        long holderGain = holder.hasPledged() ? gainLeaving(offPledge(state, holder, session), minutes) : 0;
        List<SeatAssignment> seatsOfSession = state.seatsOf(session);
        SessionStaffing staffing = new SessionStaffing(session, seatsOfSession, state.workloads(), null);
        Person best = null;
        long bestGain = 0;
        List<Person> eligible = seat.getEligiblePeople();
        // from a random place in the list, so that of equally short people a different one comes first
        int start = random == null || eligible.isEmpty() ? 0 : random.nextInt(eligible.size());
        for (int k = 0; k < eligible.size(); k++) {
            Person candidate = eligible.get((k + start) % eligible.size());
            if (candidate == holder || !candidate.hasPledged()) {
                continue;
            }
            long gain = holderGain + gainJoining(offPledge(state, candidate, session), minutes);
            if (gain > bestGain && seatsOfSession.stream().noneMatch(other -> other.getPerson() == candidate)
                    && state.workloads().get(candidate).canAlsoWork(session)
                    && staffing.isSafe(List.of(seat), List.of(candidate))) {
                best = candidate;
                bestGain = gain;
            }
        }
        return best == null ? null : new SessionCrewMove(Map.of(seat, best));
    }

    /** Minutes the person works that week beyond their pledge, negative when short of it. */
    private static int offPledge(RosterState state, Person person, Session session) {
        return state.workloads().get(person).minutesInWeek(session.week()) - person.pledgeWeekOf(session).pledgedMinutes();
    }

    /** How much rule 8's squared gap shrinks when someone that far off their pledge works that many minutes less. */
    private static long gainLeaving(long off, long minutes) {
        return off * off - (off - minutes) * (off - minutes);
    }

    private static long gainJoining(long off, long minutes) {
        return off * off - (off + minutes) * (off + minutes);
    }
}
