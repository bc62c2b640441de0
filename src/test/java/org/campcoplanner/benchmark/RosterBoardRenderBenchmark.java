package org.campcoplanner.benchmark;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.QueryParameters;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.roster.RosterWorkspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/**
 * Server time of rendering the whole roster board (all weeks) of a solved M-size camp: loading
 * the draft, explaining its score and building every session card. A measurement, not a test:
 * it is tagged "benchmark", left out of the normal test run, and writes its figures to
 * {@code target/benchmarks-ui.md}. Run it in production mode, as the jar runs: development mode
 * records where every component was created, which costs more than drawing the board.
 */
@H2Test
@Tag("benchmark")
class RosterBoardRenderBenchmark extends KaribuTest {

    private static final int WARM_UPS = 5;
    private static final int MEASURED = 20;

    @Autowired
    CampPlanService campPlans;
    @Autowired
    RosterWorkspace workspace;

    @Test
    void renderTheWholeBoardOfAnMSizeCamp() throws IOException {
        CampPlan plan = new CampGenerator().generate(CampSize.M, 2026L);
        CampPlan solved = new PlanSolver(SolveLimits.seconds(10)).solve(plan, roster -> { });
        long campId = campPlans.importPlan(solved);
        List<Double> millis = new ArrayList<>();
        List<Double> loadMillis = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + MEASURED; i++) {
            UI.getCurrent().navigate("");
            long start = System.nanoTime();
            UI.getCurrent().navigate("roster/" + campId, QueryParameters.simple(Map.of("all", "")));
            double elapsed = (System.nanoTime() - start) / 1e6;
            long loadStart = System.nanoTime();
            workspace.load(campId);
            double load = (System.nanoTime() - loadStart) / 1e6;
            if (i >= WARM_UPS) {
                millis.add(elapsed);
                loadMillis.add(load);
            }
        }
        int seatButtons = _find(NativeButton.class,
                spec -> spec.withClasses("roster-seat")).size();
        List<Double> weekMillis = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + MEASURED; i++) {
            UI.getCurrent().navigate("");
            long start = System.nanoTime();
            UI.getCurrent().navigate("roster/" + campId);
            if (i >= WARM_UPS) {
                weekMillis.add((System.nanoTime() - start) / 1e6);
            }
        }
        millis.sort(Double::compare);
        loadMillis.sort(Double::compare);
        weekMillis.sort(Double::compare);
        String report = String.format(Locale.ROOT,
                "## Roster board rendering (%s)%n%n%s. Whole board of a solved M camp (%d sessions, %d seats, %d seat buttons "
                        + "rendered), server side, %d renders after %d warm-ups: median %.0f ms, 90th percentile %.0f ms, "
                        + "fastest %.0f ms, slowest %.0f ms. Of that, loading the draft and explaining its score: "
                        + "median %.0f ms. One week (the board's default view): median %.0f ms, 90th percentile %.0f ms.%n",
                LocalDate.now(), Boolean.getBoolean("vaadin.productionMode") ? "Production mode"
                        : "Development mode (records where every component is created; run with -Dvaadin.productionMode=true)",
                solved.sessions().size(), solved.assignments().size(), seatButtons, MEASURED, WARM_UPS,
                millis.get(MEASURED / 2), millis.get((int) (MEASURED * 0.9)), millis.get(0), millis.get(MEASURED - 1),
                loadMillis.get(MEASURED / 2), weekMillis.get(MEASURED / 2), weekMillis.get((int) (MEASURED * 0.9)));
        Files.writeString(Path.of("target", "benchmarks-ui.md"), report);
        System.out.println(report);
    }
}
