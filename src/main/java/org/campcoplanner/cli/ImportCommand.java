package org.campcoplanner.cli;

import org.campcoplanner.base.Texts;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.InvalidPlanException;
import org.campcoplanner.planning.format.PlanProblem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Stores a camp plan file as a new camp and prints the new camp's id.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN_JSON", description = "The camp plan file (format version 1).")
    private Path planFile;

    @Override
    public Integer call() throws IOException {
        String json = Files.readString(planFile, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = CliContext.start()) {
            long campId = context.getBean(CampPlanService.class).importPlan(json);
            System.out.println(campId);
            return 0;
        } catch (InvalidPlanException e) {
            System.err.println(planFile + " is not a valid camp plan; nothing was stored. "
                    + e.problems().size() + " problem(s):");
            for (PlanProblem problem : e.problems()) {
                System.err.println("  " + Texts.standalone().say(problem.said(), Locale.ENGLISH));
            }
            return CampCommandLine.INVALID_INPUT;
        }
    }
}
