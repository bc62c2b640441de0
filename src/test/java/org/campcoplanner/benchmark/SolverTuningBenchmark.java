package org.campcoplanner.benchmark;

import ai.timefold.solver.benchmark.api.PlannerBenchmark;
import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.impl.DefaultPlannerBenchmark;
import ai.timefold.solver.benchmark.impl.result.SingleBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SolverBenchmarkResult;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterSolverConfig;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Timefold's Benchmarker on the local search settings: which moves and which acceptor reach the
 * best roster in the same time. Writes the Benchmarker's HTML report under the given folder and a
 * Markdown summary next to it.
 *
 * <p>Usage: {@code SolverTuningBenchmark <folder> [seconds per solve, default 30] [settings: names containing
 * one of these, comma-separated, e.g. "100),diversified"; default all]}
 */
public final class SolverTuningBenchmark {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmark-tuning");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, CampPlan> camps = camps();
        Map<String, UnaryOperator<LocalSearchPhaseConfig>> variants = variants();
        if (args.length > 2) {
            List<String> wanted = List.of(args[2].split(","));
            variants.keySet().removeIf(name -> wanted.stream().noneMatch(name::contains));
        }

        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withBenchmarkDirectory(folder.toFile())
                .withParallelBenchmarkCount("1")
                .withSolverBenchmarkConfigList(variants.entrySet().stream()
                        .map(variant -> new SolverBenchmarkConfig().withName(variant.getKey())
                                .withSolverConfig(solverConfig(variant.getValue(), seconds)))
                        .toList());
        List<Roster> problems = camps.values().stream().map(RosterBuilder::build).toList();
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.<Roster>create(config).buildPlannerBenchmark(problems);
        benchmark.benchmark();
        Files.writeString(folder.resolve("summary.md"),
                summary(((DefaultPlannerBenchmark) benchmark).getPlannerBenchmarkResult().getSolverBenchmarkResultList(),
                        new ArrayList<>(camps.keySet()), seconds));
    }

    private static Map<String, CampPlan> camps() {
        CampGenerator generator = new CampGenerator();
        Map<String, CampPlan> camps = new LinkedHashMap<>();
        camps.put("Onward Willow (S)", DemoCamp.secondPlan());
        camps.put("Brant Avenue (demo)", DemoCamp.plan());
        camps.put("M, seed 2026", generator.generate(CampSize.M, 2026));
        camps.put("tight M, seed 1", generator.tight(CampSize.M, 1).plan());
        camps.put("scarce M, seed 1", generator.scarce(CampSize.M, 1));
        camps.put("scarce M, seed 2", generator.scarce(CampSize.M, 2));
        return camps;
    }

    private static Map<String, UnaryOperator<LocalSearchPhaseConfig>> variants() {
        Map<String, UnaryOperator<LocalSearchPhaseConfig>> variants = new LinkedHashMap<>();
        variants.put("configured (late acceptance 100)", phase -> phase);
        variants.put("change and swap only (late acceptance 400)", phase -> new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig())));
        variants.put("configured moves with late acceptance 400", phase -> acceptor(phase,
                new LocalSearchAcceptorConfig().withLateAcceptanceSize(400), 1));
        variants.put("configured plus ruin and recreate", phase -> {
            LocalSearchPhaseConfig copy = phase.copyConfig();
            UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) copy.getMoveSelectorConfig();
            List<MoveSelectorConfig> selectors = new ArrayList<>(union.getMoveSelectorList());
            selectors.add(new RuinRecreateMoveSelectorConfig().withFixedProbabilityWeight(0.2));
            union.setMoveSelectorList(selectors);
            return copy;
        });
        variants.put("tabu search (entity tabu 7)", phase -> acceptor(phase,
                new LocalSearchAcceptorConfig().withEntityTabuSize(7), 1000));
        variants.put("diversified late acceptance 5", phase -> acceptor(phase, new LocalSearchAcceptorConfig()
                .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE)).withLateAcceptanceSize(5), 1));
        variants.put("diversified late acceptance 50", phase -> acceptor(phase, new LocalSearchAcceptorConfig()
                .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE)).withLateAcceptanceSize(50), 1));
        variants.put("simulated annealing (100 medium 1000 soft)", phase -> acceptor(phase, new LocalSearchAcceptorConfig()
                .withSimulatedAnnealingStartingTemperature("0hard/100medium/1000soft"), 4));
        variants.put("step counting hill climbing 400", phase -> acceptor(phase, new LocalSearchAcceptorConfig()
                .withStepCountingHillClimbingSize(400), 1));
        return variants;
    }

    private static LocalSearchPhaseConfig acceptor(LocalSearchPhaseConfig phase, LocalSearchAcceptorConfig acceptor,
                                                   int acceptedCountLimit) {
        return phase.copyConfig().withAcceptorConfig(acceptor)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCountLimit));
    }

    private static SolverConfig solverConfig(UnaryOperator<LocalSearchPhaseConfig> variant, int seconds) {
        SolverConfig config = RosterSolverConfig.load()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        int localSearch = phases.size() - 1;
        phases.set(localSearch, variant.apply((LocalSearchPhaseConfig) phases.get(localSearch)));
        // diversified late acceptance is a preview feature of the Community edition
        return config.withPhaseList(phases).withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE);
    }

    private static String summary(List<SolverBenchmarkResult> results, List<String> camps, int seconds) {
        StringBuilder md = new StringBuilder();
        md.append("Best score after ").append(seconds).append(" s per camp and setting (Timefold Benchmarker, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores):\n\n| setting |");
        camps.forEach(camp -> md.append(' ').append(camp).append(" |"));
        md.append("\n|---|").append("---|".repeat(camps.size())).append('\n');
        for (SolverBenchmarkResult solver : results) {
            md.append("| ").append(solver.getName()).append(" |");
            for (SingleBenchmarkResult single : solver.getSingleBenchmarkResultList()) {
                md.append(' ').append(single.getAverageScore()).append(String.format(Locale.ROOT, " (%,d/s)",
                        single.getScoreCalculationSpeed())).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private SolverTuningBenchmark() {
    }
}
