package org.campcoplanner.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.SolveLimits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * After publication, a planner presses Solve with nothing changed: how many seats move? Each camp
 * is solved, the result taken as the published roster, and solved again with the stability rule
 * counting every change against it, for the same time the board gives a solve.
 *
 * <p>Usage: {@code StabilityBenchmark <report.md> [seconds, default 30]}
 */
public final class StabilityBenchmark {

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/benchmarks-stability.md");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, CampPlan> camps = new LinkedHashMap<>();
        camps.put("Brant Avenue (demo)", DemoCamp.plan());
        camps.put("Onward Willow (demo)", DemoCamp.secondPlan());
        camps.put("M, seed 2026", new CampGenerator().generate(CampSize.M, 2026));
        PlanSolver solver = new PlanSolver(new SolveLimits(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds)));

        StringBuilder md = new StringBuilder("| camp | seats | published roster | solved again, nothing changed |"
                + " seats moved |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, CampPlan> camp : camps.entrySet()) {
            CampPlan published = solver.solve(camp.getValue(), roster -> { });
            CampPlan again = solver.solve(published, published.assignments(), roster -> { });
            List<CampPlan.Assignment> seats = published.assignments();
            long moved = again.assignments().stream().filter(seat -> !seats.contains(seat)).count();
            String row = String.format(Locale.ROOT, "| %s | %d | %s | %s | %d (%.1f%%) |%n", camp.getKey(), seats.size(),
                    words(published.score()), words(again.score()), moved, 100.0 * moved / seats.size());
            System.err.print(row);
            md.append(row);
        }
        Files.writeString(report, md.toString());
    }

    private static String words(String score) {
        HardMediumSoftLongScore parsed = HardMediumSoftLongScore.parseScore(score);
        return parsed.hardScore() + " hard, empty priority " + -parsed.mediumScore() + ", soft " + parsed.softScore();
    }

    private StabilityBenchmark() {
    }
}
