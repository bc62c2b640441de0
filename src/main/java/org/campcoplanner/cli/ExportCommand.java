package org.campcoplanner.cli;

import org.campcoplanner.camp.CampNotFoundException;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanWriter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Writes a stored camp as a camp plan file.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CAMP_ID", description = "The id of the stored camp.")
    private long campId;

    @Parameters(index = "1", paramLabel = "OUT_JSON", description = "Where to write the plan.")
    private Path outFile;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = CliContext.start()) {
            CampPlan plan = context.getBean(CampPlanService.class).exportPlan(campId);
            Files.writeString(outFile, new PlanWriter().write(plan), StandardCharsets.UTF_8);
            System.err.println("Wrote camp " + campId + " to " + outFile);
            return 0;
        } catch (CampNotFoundException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
