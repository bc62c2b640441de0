package org.campcoplanner.cli;

import org.campcoplanner.base.Texts;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.InvalidPlanException;
import org.campcoplanner.planning.format.PlanProblem;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.SolveLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** Solves a plan file without a database or web server, reporting progress on stderr. */
@Command(name = "solve", description = "Fills the seats of a camp plan file under the roster rules and writes the solved plan.")
final class SolveCommand implements Callable<Integer> {

    private static final long PROGRESS_EVERY_MILLIS = 1000;

    @Parameters(index = "0", paramLabel = "PLAN_JSON", description = "The camp plan file (format version 1).")
    private Path planFile;

    @Option(names = "--seconds", defaultValue = "30", description = "At most this long (default ${DEFAULT-VALUE}); "
            + "stops earlier when the roster stops improving.")
    private long seconds;

    @Option(names = "--out", paramLabel = "SOLVED_JSON", description = "Where to write the solved plan (default: stdout).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        CliLogging.warningsToStderr();
        PrintStream progress = System.err;
        // compiling the roster rules takes as long as reading and checking a large plan: do both at once
        CompletableFuture<PlanSolver> solver = CompletableFuture.supplyAsync(() -> new PlanSolver(SolveLimits.seconds(seconds)));
        CampPlan plan;
        try {
            plan = new PlanReader().read(Files.readString(planFile, StandardCharsets.UTF_8));
        } catch (InvalidPlanException e) {
            progress.println(planFile + " is not a valid camp plan; " + e.problems().size() + " problem(s):");
            for (PlanProblem problem : e.problems()) {
                progress.println("  " + Texts.standalone().say(problem.said(), Locale.ENGLISH));
            }
            return CampCommandLine.INVALID_INPUT;
        }
        PlanSolver ready = solver.join();
        long started = System.currentTimeMillis();
        long[] lastReport = {0};
        CampPlan solved = ready.solve(plan, roster -> {
            long now = System.currentTimeMillis();
            if (now - lastReport[0] >= PROGRESS_EVERY_MILLIS) {
                lastReport[0] = now;
                progress.println(progressLine(now - started, roster));
            }
        });
        long filled = solved.assignments().stream().filter(a -> a.person() != null).count();
        progress.printf(Locale.ROOT, "%6.1f s  done: %s, %d of %d seats filled%n",
                (System.currentTimeMillis() - started) / 1000.0, solved.score(), filled, solved.assignments().size());
        String json = new PlanWriter().write(solved);
        if (out == null) {
            System.out.println(json);
        } else {
            Files.writeString(out, json, StandardCharsets.UTF_8);
            progress.println("Wrote " + out);
        }
        return 0;
    }

    private static String progressLine(long elapsedMillis, Roster roster) {
        return String.format(Locale.ROOT, "%6.1f s  best %s, %d of %d seats filled", elapsedMillis / 1000.0,
                roster.getScore(), roster.filledSeats(), roster.getSeats().size());
    }
}
