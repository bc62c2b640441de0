package org.campcoplanner.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.solver.GreedyBaseline;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterSolverConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The roster solver's targets, measured with the configured solver: time to a full legal roster on
 * Onward Willow and on tight camps (a full legal roster is known to exist), empty seats against the
 * first-fit baseline, and how the soft score of a long run grows over time. Writes Markdown.
 *
 * <p>Usage: {@code SolverTargetsBenchmark <report.md> [parts: full,baseline,curve; default full,baseline]}
 */
public final class SolverTargetsBenchmark {

    private static final int[] CURVE_SECONDS = {10, 30, 60, 120, 300, 600};

    private final CampGenerator generator = new CampGenerator();
    private final StringBuilder md = new StringBuilder();

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/benchmarks-targets.md");
        Set<String> parts = Set.of((args.length > 1 ? args[1] : "full,baseline").split(","));
        SolverTargetsBenchmark benchmark = new SolverTargetsBenchmark();
        if (parts.contains("full")) {
            benchmark.timeToFullRoster();
        }
        if (parts.contains("baseline")) {
            benchmark.againstFirstFit();
        }
        if (parts.contains("curve")) {
            benchmark.softScoreOverTime();
        }
        Files.writeString(report, benchmark.md.toString());
    }

    private record Run(Duration full, HardMediumSoftLongScore best, List<Point> points, long seats, long filled) {
    }

    private record Point(double seconds, HardMediumSoftLongScore score) {
    }

    /** Solves for at most {@code seconds}; stops at the first full legal roster when {@code untilFull}. */
    private static Run solve(CampPlan plan, int seconds, boolean untilFull) {
        Solver<Roster> solver = SolverFactory.<Roster>create(RosterSolverConfig.load()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)))).buildSolver();
        Roster roster = RosterBuilder.build(plan);
        List<Point> points = new ArrayList<>();
        Duration[] full = {null};
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = event.getNewBestSolution().getScore();
            points.add(new Point((System.nanoTime() - start) / 1e9, score));
            if (full[0] == null && score.hardScore() == 0 && score.mediumScore() == 0) {
                full[0] = Duration.ofNanos(System.nanoTime() - start);
                if (untilFull) {
                    solver.terminateEarly();
                }
            }
        });
        Roster best = solver.solve(roster);
        return new Run(full[0], best.getScore(), points, best.getSeats().size(), best.filledSeats());
    }

    private void timeToFullRoster() {
        md.append("### Time to a full legal roster\n\n| camp | seats | people | full legal roster after | best when stopped |\n"
                + "|---|---|---|---|---|\n");
        row("Onward Willow (demo)", DemoCamp.secondPlan(), 20);
        for (long seed = 1; seed <= 5; seed++) {
            row("tight M, seed " + seed, generator.tight(CampSize.M, seed).plan(), 20);
        }
        for (long seed = 1; seed <= 5; seed++) {
            row("tight L, seed " + seed, generator.tight(CampSize.L, seed).plan(), 40);
        }
        row("tight XL, seed 1", generator.tight(CampSize.XL, 1).plan(), 120);
        md.append('\n');
    }

    private void row(String name, CampPlan plan, int seconds) {
        Run run = solve(plan, seconds, true);
        String line = String.format(Locale.ROOT, "| %s | %d | %d | %s | %s, %d of %d seats filled |%n", name, run.seats(),
                plan.people().size(), run.full() == null ? "not within " + seconds + " s"
                        : String.format(Locale.ROOT, "%.1f s", run.full().toMillis() / 1000.0),
                run.best(), run.filled(), run.seats());
        System.err.print(line);
        md.append(line);
    }

    private void againstFirstFit() {
        Map<String, CampPlan> camps = new LinkedHashMap<>();
        camps.put("Brant Avenue (demo)", DemoCamp.plan());
        camps.put("Onward Willow (demo)", DemoCamp.secondPlan());
        camps.put("M, seed 2026", generator.generate(CampSize.M, 2026));
        camps.put("L, seed 2026", generator.generate(CampSize.L, 2026));
        camps.put("tight M, seed 1", generator.tight(CampSize.M, 1).plan());
        camps.put("tight L, seed 1", generator.tight(CampSize.L, 1).plan());
        camps.put("scarce S, seed 1", generator.scarce(CampSize.S, 1));
        camps.put("scarce M, seed 1", generator.scarce(CampSize.M, 1));
        camps.put("scarce L, seed 1", generator.scarce(CampSize.L, 1));
        SolutionManager<Roster, HardMediumSoftLongScore> scores =
                SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));
        md.append("### Against first-fit (20 s)\n\n| camp | seats | Timefold: empty priority (seats) | first-fit: empty"
                + " priority (seats) | Timefold hard | first-fit hard |\n|---|---|---|---|---|---|\n");
        camps.forEach((name, plan) -> {
            Roster greedy = new GreedyBaseline().fill(RosterBuilder.build(plan));
            HardMediumSoftLongScore greedyScore = scores.update(greedy);
            Run run = solve(plan, 20, false);
            String line = String.format(Locale.ROOT, "| %s | %d | %d (%d) | %d (%d) | %d | %d |%n", name, run.seats(),
                    -run.best().mediumScore(), run.seats() - run.filled(), -greedyScore.mediumScore(),
                    run.seats() - greedy.filledSeats(), run.best().hardScore(), greedyScore.hardScore());
            System.err.print(line);
            md.append(line);
        });
        md.append('\n');
    }

    private void softScoreOverTime() {
        md.append("### Soft score over a 10-minute run\n\n| camp | ");
        for (int seconds : CURVE_SECONDS) {
            md.append(seconds).append(" s | ");
        }
        md.append("30 s against 600 s |\n|---|").append("---|".repeat(CURVE_SECONDS.length + 1)).append('\n');
        for (CampSize size : List.of(CampSize.M, CampSize.L)) {
            Run run = solve(generator.generate(size, 2026), CURVE_SECONDS[CURVE_SECONDS.length - 1], false);
            md.append("| ").append(size).append(", seed 2026 | ");
            long at30 = 0;
            long at600 = run.best().softScore();
            for (int seconds : CURVE_SECONDS) {
                HardMediumSoftLongScore best = bestAt(run.points(), seconds);
                md.append(best.hardScore() == 0 && best.mediumScore() == 0 ? best.softScore() : best.toString()).append(" | ");
                if (seconds == 30) {
                    at30 = best.softScore();
                }
            }
            String line = String.format(Locale.ROOT, "%.1f%% more penalty |%n", 100.0 * (at30 - at600) / at600);
            md.append(line);
            System.err.println(size + " curve " + run.points().size() + " improvements, " + line);
        }
        md.append('\n');
    }

    private static HardMediumSoftLongScore bestAt(List<Point> points, int seconds) {
        HardMediumSoftLongScore best = null;
        for (Point point : points) {
            if (point.seconds() <= seconds) {
                best = point.score();
            }
        }
        return best;
    }

    private SolverTargetsBenchmark() {
    }
}
