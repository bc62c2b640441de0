package org.campcoplanner.benchmark;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.Replanner;
import org.campcoplanner.planning.solver.SolveLimits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * "I can't make it" on a generated M-size camp: for twenty withdrawals from random published
 * seats, how many seats besides the vacated one the re-plan changes, and how long it takes.
 * Writes {@code target/benchmarks-replan.md}. Run with
 * {@code ./mvnw test -Dtest=ReplanBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class ReplanBenchmark {

    private static final int WITHDRAWALS = 20;

    @Test
    void withdrawalsOnAnMSizeCamp() throws IOException {
        CampPlan published = new PlanSolver(new SolveLimits(Duration.ofSeconds(30), Duration.ofSeconds(5)))
                .solve(new CampGenerator().generate(CampSize.M, 7), r -> { });
        List<CampPlan.Assignment> filled = published.assignments().stream().filter(a -> a.person() != null).toList();
        Random random = new Random(2026);
        Replanner replanner = new Replanner(new SolveLimits(Duration.ofSeconds(10), Duration.ofSeconds(2)));
        List<String> rows = new ArrayList<>();
        int[] changedCounts = new int[WITHDRAWALS];
        int filledCount = 0;
        for (int i = 0; i < WITHDRAWALS; i++) {
            CampPlan.Assignment vacated = filled.get(random.nextInt(filled.size()));
            long started = System.nanoTime();
            Replanner.Result result = replanner.replan(published, published.assignments(), vacated,
                    LocalDateTime.of(2026, 1, 1, 0, 0));
            long millis = (System.nanoTime() - started) / 1_000_000;
            changedCounts[i] = result.changedSeats().size();
            filledCount += result.vacatedSeatFilled() && result.legal() ? 1 : 0;
            rows.add("| " + vacated.session() + " " + vacated.role() + " " + vacated.index() + " | "
                    + (result.vacatedSeatFilled() ? "yes" : "no") + " | " + result.changedSeats().size() + " | "
                    + millis + " | " + result.score() + " |");
        }
        int max = Arrays.stream(changedCounts).max().orElse(0);
        StringBuilder report = new StringBuilder("# Re-planning after a withdrawal (M size, published score ")
                .append(published.score()).append(")\n\n")
                .append("Vacated seat filled legally in ").append(filledCount).append(" of ").append(WITHDRAWALS)
                .append("; most other seats changed in one re-plan: ").append(max).append(" (target: at most 3).\n\n")
                .append("| vacated seat | filled | other seats changed | ms | score after |\n|---|---|---|---|---|\n");
        rows.forEach(row -> report.append(row).append('\n'));
        Files.writeString(Path.of("target", "benchmarks-replan.md"), report.toString());
        System.out.println(report);
    }
}
