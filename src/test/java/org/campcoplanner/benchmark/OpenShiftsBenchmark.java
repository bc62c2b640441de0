package org.campcoplanner.benchmark;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.explain.ChangeCheck;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.campcoplanner.planning.solver.SolveLimits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How long a volunteer waits for their open shifts and for an offer's check, on solved M and L
 * camps with one seat in twenty emptied: {@link ChangeCheck#openSeatsFor} for twenty volunteers,
 * {@link ChangeCheck#brokenBy} for one offer each. Writes {@code target/benchmarks-open-shifts.md}.
 * Run with {@code ./mvnw test -Dtest=OpenShiftsBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class OpenShiftsBenchmark {

    private static final int VOLUNTEERS = 20;
    private static final int ONE_SEAT_EMPTIED_IN = 20;

    private final ChangeCheck check = new ChangeCheck(
            SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.forExplanations())));

    @Test
    void openShiftsOnMAndLCamps() throws IOException {
        StringBuilder report = new StringBuilder("# Open shifts and offer checks\n\n")
                .append("| size | seats | empty | open shifts per volunteer (mean) | listing ms (median / max) "
                        + "| offer check ms (median / max) |\n|---|---|---|---|---|---|\n");
        for (CampSize size : List.of(CampSize.M, CampSize.L)) {
            report.append(row(size)).append('\n');
        }
        Files.writeString(Path.of("target", "benchmarks-open-shifts.md"), report.toString());
        System.out.println(report);
    }

    private String row(CampSize size) {
        CampPlan solved = new PlanSolver(new SolveLimits(Duration.ofSeconds(15), Duration.ofSeconds(5)))
                .solve(new CampGenerator().generate(size, 7), r -> { });
        Random random = new Random(2026);
        List<CampPlan.Assignment> kept = solved.assignments().stream()
                .filter(a -> a.person() == null || random.nextInt(ONE_SEAT_EMPTIED_IN) != 0).toList();
        Roster roster = RosterBuilder.build(solved.withAssignments(kept));
        LocalDateTime from = solved.sessions().stream().map(CampPlan.Session::start).min(LocalDateTime::compareTo)
                .orElseThrow().minusDays(1);
        List<Person> volunteers = new ArrayList<>(roster.getPeople().stream()
                .filter(p -> p.kind() == PersonKind.VOLUNTEER).toList());
        Collections.shuffle(volunteers, random);
        List<Long> listing = new ArrayList<>();
        List<Long> offers = new ArrayList<>();
        int open = 0;
        for (Person volunteer : volunteers.subList(0, Math.min(VOLUNTEERS, volunteers.size()))) {
            long started = System.nanoTime();
            List<ChangeCheck.OpenSeat> seats = check.openSeatsFor(roster, volunteer, from);
            listing.add((System.nanoTime() - started) / 1_000_000);
            open += seats.size();
            SeatAssignment empty = roster.getSeats().stream().filter(s -> s.getPerson() == null).findFirst().orElseThrow();
            started = System.nanoTime();
            check.brokenBy(roster, Map.of(empty, volunteer));
            offers.add((System.nanoTime() - started) / 1_000_000);
        }
        long empty = roster.getSeats().stream().filter(s -> s.getPerson() == null).count();
        return "| " + size + " | " + roster.getSeats().size() + " | " + empty + " | "
                + String.format("%.1f", open / (double) listing.size()) + " | " + median(listing) + " / "
                + Collections.max(listing) + " | " + median(offers) + " / " + Collections.max(offers) + " |";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
