package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * After the construction, on a camp short of people: which sessions of a week to open, and who
 * leads them, is chosen again for the week as a whole. Local search changes a roster a session or
 * two at a time, and on such camps it settles where opening a Saturday trip would take its lead,
 * first aider and a third adult off shifts all over the week. Here a week's crews are formed anew
 * in an order of the sessions, each with the crew it needs to be safe and no more, then the
 * remaining empty seats are filled from who is left; the order is searched with simulated annealing
 * on the priority of the seats filled. A week's new crews replace the old ones only when they fill
 * more priority.
 * <p>
 * Pinned seats stay as they are. Weeks that have a published roster are left alone, as forming
 * them anew would move people the published roster has told where to be (rule 14); so are weeks
 * where every session has people, and a week's search stops once every seat is filled. No hard rule breaks that the week did not already break: every crew is
 * safe and fits each person's other shifts, as {@link SessionStaffing} and {@link Workload} tell.
 */
public class WeekSearchPhase implements PhaseCommand<Roster> {

    /**
     * How many orders of a week's sessions are tried, for each seat that is not pinned: on scarce M
     * camps fewer leave more priority empty, more buy little for the time (docs/benchmarks.md).
     */
    private static final int ORDERS_PER_SEAT = 40;
    private static final int MOST_ORDERS_PER_WEEK = 10_000;
    /**
     * What the whole search may weigh, in people weighed for a seat: a try weighs everyone who could
     * take each open seat of its week, so a big camp gets fewer tries per week and the search takes
     * about as long as on an M camp (5 s here), which leaves local search its time: on a scarce L
     * camp, searching every week in full took all of a 20 s solve and left more priority empty.
     */
    private static final long MOST_WEIGHINGS = 40_000_000L;
    /** The annealing's temperature, in seat priority, cooling from the first to the last order. */
    private static final double FIRST_TEMPERATURE = 15;
    private static final double LAST_TEMPERATURE = 1;
    /** Of a hundred tries, how many change who a session's crew is rather than the order. */
    private static final int RESPREAD = 30;

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RosterState state = new RosterState(scoreDirector.getWorkingSolution());
        Map<Integer, List<Session>> weeks = state.sessions().stream()
                .collect(Collectors.groupingBy(Session::week, TreeMap::new, Collectors.toList()));
        List<WeekCrews> worthSearching = weeks.entrySet().stream()
                .map(week -> new WeekCrews(state, week.getValue(), new SplittableRandom(week.getKey())))
                .filter(WeekCrews::worthSearching).toList();
        long weighings = worthSearching.stream().mapToLong(WeekCrews::weighingsPerTry).sum();
        int triesPerWeek = (int) Math.min(Integer.MAX_VALUE, MOST_WEIGHINGS / Math.max(1, weighings));
        for (WeekCrews crews : worthSearching) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            crews.search(triesPerWeek, isPhaseTerminated).forEach((seat, person) -> {
                state.assign(seat, person);
                scoreDirector.beforeVariableChanged(seat, "person");
                seat.setPerson(person);
                scoreDirector.afterVariableChanged(seat, "person");
            });
            scoreDirector.triggerVariableListeners();
        }
    }

    /** One week's sessions and the search for their crews. */
    private static final class WeekCrews {

        private final RosterState state;
        private final List<Session> sessions;
        private final SplittableRandom random;
        /** Each session's seats that are not pinned, laid out once as every try asks for them. */
        private final Map<Session, List<SeatAssignment>> openBySession = new HashMap<>();
        private final List<SeatAssignment> open = new ArrayList<>();
        /** Who sits in each open seat in the order being tried. */
        private final Map<SeatAssignment, Person> sitting = new HashMap<>();
        /**
         * Per session, a seed that spreads who its crew is among people of like value, or 0 for the
         * best value every time: who leads a session matters as much as when it is staffed.
         */
        private Map<Session, Long> spread = new HashMap<>();

        WeekCrews(RosterState state, List<Session> sessions, SplittableRandom random) {
            this.state = state;
            this.sessions = sessions;
            this.random = random;
            for (Session session : sessions) {
                List<SeatAssignment> seats = state.seatsOf(session).stream().filter(seat -> !seat.isPinned()).toList();
                openBySession.put(session, seats);
                open.addAll(seats);
            }
        }

        /** How many people one try weighs: everyone who could take each open seat. */
        long weighingsPerTry() {
            return open.stream().mapToLong(seat -> seat.getEligiblePeople().size()).sum();
        }

        /**
         * Whether a session of the week was left without anyone, the question of which sessions to
         * open; a week whose sessions all have their crews is left to local search, which fills a
         * helper's seat here and there much sooner.
         */
        boolean worthSearching() {
            return open.stream().noneMatch(SeatAssignment::isPublished)
                    && sessions.stream().anyMatch(session -> {
                        List<SeatAssignment> seats = openSeatsOf(session);
                        return !seats.isEmpty() && seats.stream().allMatch(seat -> seat.getPerson() == null);
                    });
        }

        /** The week's new crews, as changes to the roster; none when they fill no more priority than now. */
        Map<SeatAssignment, Person> search(int mostTries, BooleanSupplier isTerminated) {
            int now = open.stream().filter(seat -> seat.getPerson() != null).mapToInt(SeatAssignment::getPriority).sum();
            free();
            List<Session> order = new ArrayList<>(sessions);
            order.sort(StaffSessionsPhase.hardestFirst(state));
            int value = crewsInOrder(order);
            List<Session> best = List.copyOf(order);
            Map<Session, Long> bestSpread = Map.copyOf(spread);
            int bestValue = value;
            int orders = Math.min(mostTries, Math.min(MOST_ORDERS_PER_WEEK, ORDERS_PER_SEAT * open.size()));
            int everySeat = open.stream().mapToInt(SeatAssignment::getPriority).sum();
            for (int tried = 0; tried < orders && bestValue < everySeat && !isTerminated.getAsBoolean(); tried++) {
                Map<Session, Long> spreadBefore = spread;
                List<Session> next = order;
                if (random.nextInt(100) < RESPREAD) {
                    spread = new HashMap<>(spread);
                    spread.put(order.get(random.nextInt(order.size())), random.nextBoolean() ? 0L : random.nextLong());
                } else {
                    next = neighbour(order);
                }
                int nextValue = crewsInOrder(next);
                double temperature = FIRST_TEMPERATURE
                        * Math.pow(LAST_TEMPERATURE / FIRST_TEMPERATURE, (double) tried / orders);
                if (nextValue >= value || random.nextDouble() < Math.exp((nextValue - value) / temperature)) {
                    order = next;
                    value = nextValue;
                    if (value > bestValue) {
                        best = List.copyOf(order);
                        bestSpread = Map.copyOf(spread);
                        bestValue = value;
                    }
                } else {
                    spread = spreadBefore;
                }
            }
            Map<SeatAssignment, Person> changes = new HashMap<>();
            if (bestValue > now) {
                spread = bestSpread;
                crewsInOrder(best);
                open.forEach(seat -> changes.put(seat, sitting.get(seat)));
            }
            open.forEach(seat -> {
                if (seat.getPerson() != null) {
                    state.workloads().get(seat.getPerson()).add(seat.getSession());
                }
            });
            return changes;
        }

        /** Frees the people of the open seats, for the crews to be formed anew; {@link #search} counts them back. */
        private void free() {
            open.stream().filter(seat -> seat.getPerson() != null)
                    .forEach(seat -> state.workloads().get(seat.getPerson()).remove(seat.getSession()));
        }

        /**
         * Staffs the sessions in this order, each as lean as it is safe, then fills their remaining
         * empty seats in the same order; the priority filled. The workloads are as free as before
         * when it returns, and {@link #sitting} holds the crews.
         */
        private int crewsInOrder(List<Session> order) {
            sitting.clear();
            List<SeatAssignment> taken = new ArrayList<>();
            for (Session session : order) {
                staff(session, staffing(session).chooseLean(openSeatsOf(session)), taken);
            }
            for (Session session : order) {
                List<SeatAssignment> empty = openSeatsOf(session).stream().filter(seat -> sitting.get(seat) == null)
                        .toList();
                if (!empty.isEmpty()) {
                    staff(session, staffing(session).choose(empty), taken);
                }
            }
            int value = taken.stream().mapToInt(SeatAssignment::getPriority).sum();
            taken.forEach(seat -> state.workloads().get(sitting.get(seat)).remove(seat.getSession()));
            return value;
        }

        private void staff(Session session, Map<SeatAssignment, Person> crew, List<SeatAssignment> taken) {
            crew.forEach((seat, person) -> {
                if (person != null) {
                    sitting.put(seat, person);
                    state.workloads().get(person).add(session);
                    taken.add(seat);
                }
            });
        }

        /** The order with two sessions swapped, or one moved ahead. */
        private List<Session> neighbour(List<Session> order) {
            List<Session> next = new ArrayList<>(order);
            int from = random.nextInt(next.size());
            int to = random.nextInt(next.size());
            if (random.nextBoolean()) {
                Collections.swap(next, from, to);
            } else {
                next.add(Math.min(from, to), next.remove(Math.max(from, to)));
            }
            return next;
        }

        private List<SeatAssignment> openSeatsOf(Session session) {
            return openBySession.get(session);
        }

        private SessionStaffing staffing(Session session) {
            long seed = spread.getOrDefault(session, 0L);
            return new SessionStaffing(session, state.seatsOf(session), state.workloads(),
                    seed == 0 ? null : new SplittableRandom(seed),
                    seat -> seat.isPinned() ? seat.getPerson() : sitting.get(seat));
        }
    }
}
