package org.campcoplanner.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
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
 * How far from the best possible roster Timefold and the greedy baseline stay on scarce camps
 * (generated tight camps with 60% of their residents gone, so that seats must stay empty): per
 * seed, the exact optimum of rule 7 (the priority of empty seats) from CP-SAT, against what the
 * configured solver reaches in its time and what the greedy baseline leaves. Writes a Markdown report.
 *
 * <p>Every figure is checked against Timefold's own score: the CP-SAT roster must score 0 hard and
 * exactly minus its empty priority; the Timefold and greedy rosters, where they break no hard rule,
 * and the planted full roster of the tight camp must all be allowed by the CP-SAT model at the
 * empty priority Timefold gives them. A failed check is printed in the report's last column.
 *
 * <p>Usage: {@code ScarceBenchmark <report.md> [sizes, default S,M] [seeds, default 1,2,3,4,5]
 * [Timefold seconds, default 20] [CP-SAT seconds per camp, default 60] [Timefold random seed, default its own]}
 */
public final class ScarceBenchmark {

    private static final int CP_SAT_WORKERS = 2;

    private record Outcome(long emptyPriority, long emptySeats, long hard) {

        static Outcome of(Roster roster, HardMediumSoftLongScore score) {
            return new Outcome(-score.mediumScore(), roster.getSeats().size() - roster.filledSeats(), score.hardScore());
        }
    }

    private record Row(CampSize size, long seed, int seats, int people, ExactRoster.Result exact, Outcome timefold,
                       Outcome greedy, List<String> failedChecks) {
    }

    private final SolverFactory<Roster> solverFactory;
    private final SolutionManager<Roster, HardMediumSoftLongScore> scorer;
    private final Duration exactLimit;

    private ScarceBenchmark(Duration timefoldLimit, Duration exactLimit, Long randomSeed) {
        SolverConfig config = RosterSolverConfig.load()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timefoldLimit));
        this.solverFactory = SolverFactory.create(randomSeed == null ? config : config.withRandomSeed(randomSeed));
        this.scorer = SolutionManager.create(solverFactory);
        this.exactLimit = exactLimit;
    }

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/benchmarks-scarce.md");
        List<CampSize> sizes = (args.length > 1 ? List.of(args[1].split(",")) : List.of("S", "M"))
                .stream().map(CampSize::valueOf).toList();
        List<Long> seeds = (args.length > 2 ? List.of(args[2].split(",")) : List.of("1", "2", "3", "4", "5"))
                .stream().map(Long::valueOf).toList();
        int timefoldSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int exactSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        // another random seed for Timefold than its default tells a better setting from a lucky run
        Long randomSeed = args.length > 5 ? Long.valueOf(args[5]) : null;
        ScarceBenchmark benchmark = new ScarceBenchmark(Duration.ofSeconds(timefoldSeconds),
                Duration.ofSeconds(exactSeconds), randomSeed);
        List<Row> rows = new ArrayList<>();
        for (CampSize size : sizes) {
            for (long seed : seeds) {
                Row row = benchmark.run(size, seed);
                System.err.println(line(row));
                rows.add(row);
            }
        }
        Files.writeString(report, markdown(rows, timefoldSeconds, exactSeconds));
    }

    private Row run(CampSize size, long seed) {
        CampGenerator generator = new CampGenerator();
        CampPlan plan = generator.scarce(size, seed);
        List<String> failed = new ArrayList<>();

        ExactRoster.Result exact = ExactRoster.solve(RosterBuilder.build(plan), exactLimit, CP_SAT_WORKERS);
        HardMediumSoftLongScore exactScore = scorer.update(exact.roster());
        if (exactScore.hardScore() != 0 || -exactScore.mediumScore() != exact.emptyPriority()) {
            failed.add("CP-SAT roster scores " + exactScore);
        }
        Roster solved = solverFactory.buildSolver().solve(RosterBuilder.build(plan));
        Outcome timefold = Outcome.of(solved, scorer.update(solved));
        allowed("Timefold", solved, timefold, failed);
        Roster greedyRoster = new GreedyBaseline().fill(RosterBuilder.build(plan));
        Outcome greedy = Outcome.of(greedyRoster, scorer.update(greedyRoster));
        allowed("greedy", greedyRoster, greedy, failed);
        Roster planted = RosterBuilder.build(generator.tight(size, seed).withPlantedRoster());
        allowed("planted tight", planted, Outcome.of(planted, scorer.update(planted)), failed);
        if (exact.proven() && timefold.hard() == 0 && timefold.emptyPriority() < exact.emptyPriority()) {
            failed.add("Timefold below the proven optimum");
        }
        return new Row(size, seed, exact.roster().getSeats().size(), plan.people().size(), exact, timefold, greedy,
                failed);
    }

    /** A roster without hard breaches must be allowed by the model at the empty priority Timefold gives it. */
    private static void allowed(String which, Roster roster, Outcome outcome, List<String> failed) {
        if (outcome.hard() == 0 && ExactRoster.emptyPriorityIfAllowed(roster) != outcome.emptyPriority()) {
            failed.add(which + " roster not allowed by the CP-SAT model");
        }
    }

    private static String markdown(List<Row> rows, int timefoldSeconds, int exactSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("## Scarce camps against the exact optimum (").append(LocalDate.now()).append(")\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(". Scarce camps from `CampGenerator.scarce` (a tight camp with 60% of its residents gone). ")
                .append("Timefold: the configured solver, ").append(timefoldSeconds)
                .append(" s spent limit, one thread. Exact: CP-SAT (OR-Tools), at most ").append(exactSeconds)
                .append(" s and ").append(CP_SAT_WORKERS).append(" workers per camp, hard rules 1-6 and rule 7 only. ")
                .append("Figures are the priority of the empty seats (rule 7, lower is better), empty seats in ")
                .append("brackets; \"+n\" is how far above the optimum (or, unproven, above CP-SAT's bound).\n\n");
        md.append("| size | seed | seats | people | optimum | CP-SAT time | Timefold | greedy | checks |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            ExactRoster.Result exact = r.exact();
            String optimum = exact.proven() ? exact.emptyPriority() + " (" + exact.emptySeats() + ")"
                    : String.format(Locale.ROOT, "%d (%d), not proven: bound %d, gap %.1f%%", exact.emptyPriority(),
                            exact.emptySeats(), exact.bound(), 100 * exact.gap());
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %.1f s | %s | %s | %s |%n", r.size(),
                    r.seed(), r.seats(), r.people(), optimum, exact.seconds(), versus(r.timefold(), exact),
                    versus(r.greedy(), exact), r.failedChecks().isEmpty() ? "all passed"
                            : String.join("; ", r.failedChecks())));
        }
        return md.toString();
    }

    private static String versus(Outcome outcome, ExactRoster.Result exact) {
        String figure = outcome.emptyPriority() + " (" + outcome.emptySeats() + ") +"
                + (outcome.emptyPriority() - exact.bound());
        return outcome.hard() == 0 ? figure : figure + ", " + -outcome.hard() + " hard";
    }

    private static String line(Row r) {
        return r.size() + " seed " + r.seed() + ": optimum " + r.exact().emptyPriority()
                + (r.exact().proven() ? "" : " (bound " + r.exact().bound() + ")") + " in "
                + String.format(Locale.ROOT, "%.1f s", r.exact().seconds()) + ", Timefold "
                + versus(r.timefold(), r.exact()) + ", greedy " + versus(r.greedy(), r.exact())
                + (r.failedChecks().isEmpty() ? "" : ", FAILED " + r.failedChecks());
    }
}
