package org.campcoplanner.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Solves generated camps of each size for 60 s, recording the best roster over time, and
 * compares it with the greedy baseline at 10, 30 and 60 s. Writes a Markdown report.
 *
 * <p>Usage: {@code RosterBenchmark <report.md> [sizes, default S,M,L] [seconds, default 60]}
 */
public final class RosterBenchmark {

    private static final long SEED = 2026L;
    private static final int[] CHECKPOINTS = {10, 30, 60};

    record Point(double seconds, HardMediumSoftLongScore score, long emptySeats) {
    }

    record Result(CampSize size, int sessions, int seats, int people, Duration firstFullLegal,
                  Duration firstLegalWithFinalGaps, List<Point> checkpoints, long scoreCalculationSpeed,
                  Point greedy) {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks-solver.md");
        List<CampSize> sizes = (args.length > 1 ? List.of(args[1].split(",")) : List.of("S", "M", "L"))
                .stream().map(CampSize::valueOf).toList();
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        List<Result> results = new ArrayList<>();
        for (CampSize size : sizes) {
            Result result = run(size, seconds);
            System.err.println(row(result));
            results.add(result);
        }
        write(report, results, seconds);
    }

    static Result run(CampSize size, int seconds) throws Exception {
        CampPlan plan = new CampGenerator().generate(size, SEED);
        SolverConfig config = RosterSolverConfig.load()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        SolverFactory<Roster> factory = SolverFactory.create(config);
        SolutionManager<Roster, HardMediumSoftLongScore> scorer = SolutionManager.create(factory);

        Roster greedy = new GreedyBaseline().fill(RosterBuilder.build(plan));
        Point greedyPoint = new Point(0, scorer.update(greedy), empty(greedy));

        List<Point> timeline = new ArrayList<>();
        long started;
        SolverJob<Roster, Long> job;
        try (SolverManager<Roster, Long> manager = SolverManager.create(factory)) {
            Roster roster = RosterBuilder.build(plan);
            started = System.nanoTime();
            long start = started;
            job = manager.solveBuilder()
                    .withProblemId(1L)
                    .withProblem(roster)
                    .withBestSolutionConsumer(best -> {
                        synchronized (timeline) {
                            timeline.add(new Point((System.nanoTime() - start) / 1e9, best.getScore(), empty(best)));
                        }
                    })
                    .run();
            Roster finalBest = job.getFinalBestSolution();
            synchronized (timeline) {
                timeline.add(new Point(seconds, finalBest.getScore(), empty(finalBest)));
            }
        }
        long finalEmpty = timeline.get(timeline.size() - 1).emptySeats();
        int seats = RosterBuilder.build(plan).getSeats().size();
        return new Result(size, plan.sessions().size(), seats, plan.people().size(),
                firstTime(timeline, 0), firstTime(timeline, finalEmpty),
                checkpoints(timeline), job.getScoreCalculationSpeed(), greedyPoint);
    }

    private static List<Point> checkpoints(List<Point> timeline) {
        List<Point> points = new ArrayList<>();
        for (int checkpoint : CHECKPOINTS) {
            Point best = null;
            for (Point point : timeline) {
                if (point.seconds() <= checkpoint + 0.5) {
                    best = point;
                }
            }
            points.add(best == null ? null : new Point(checkpoint, best.score(), best.emptySeats()));
        }
        return points;
    }

    private static Duration firstTime(List<Point> timeline, long emptySeats) {
        return timeline.stream()
                .filter(point -> point.score().hardScore() == 0 && point.emptySeats() <= emptySeats)
                .findFirst()
                .map(point -> Duration.ofMillis((long) (point.seconds() * 1000)))
                .orElse(null);
    }

    private static long empty(Roster roster) {
        return roster.getSeats().size() - roster.filledSeats();
    }

    private static String row(Result r) {
        return r.size() + ": " + r.checkpoints() + " greedy " + r.greedy() + " speed " + r.scoreCalculationSpeed();
    }

    private static void write(Path report, List<Result> results, int seconds) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## Roster solver (").append(LocalDate.now()).append(")\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(". Generated camps, seed ").append(SEED).append(", ").append(seconds)
                .append(" s per size, one solver thread (Community edition).\n\n");
        md.append("| size | sessions | seats | people | first legal full roster | score calc/s |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %,d |%n", r.size(), r.sessions(),
                    r.seats(), r.people(), r.firstFullLegal() == null
                            ? "not reached (first 0 hard with the final " + "gaps: " + seconds(r.firstLegalWithFinalGaps()) + ")"
                            : seconds(r.firstFullLegal()), r.scoreCalculationSpeed()));
        }
        md.append("\n| size | checkpoint | Timefold score | empty seats | greedy baseline score | greedy empty seats |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Result r : results) {
            for (Point point : r.checkpoints()) {
                if (point == null) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | %.0f s | %s | %d | %s | %d |%n", r.size(), point.seconds(),
                        point.score(), point.emptySeats(), r.greedy().score(), r.greedy().emptySeats()));
            }
        }
        Files.writeString(report, md.toString());
    }

    private static String seconds(Duration duration) {
        return duration == null ? "-" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
