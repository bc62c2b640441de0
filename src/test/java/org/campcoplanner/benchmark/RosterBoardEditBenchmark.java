package org.campcoplanner.benchmark;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.communication.UidlWriter;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Server time of what a planner does on the roster board of a solved M-size camp: the first load
 * of the board, selecting a seat, assigning its best candidate, pinning and unassigning. Each
 * figure is one server round trip as Vaadin answers it: the event handled and the changes for
 * the browser written out as the response (whose size is reported too). A measurement, not a
 * test: it is tagged "benchmark", left out of the normal test run, and writes its figures to
 * {@code target/benchmarks-board-edits.md}. Run it in production mode, as the jar runs.
 */
@H2Test
@Tag("benchmark")
class RosterBoardEditBenchmark extends KaribuTest {

    private static final int WARM_UPS = 5;
    private static final int MEASURED = 20;

    @Autowired
    CampPlanService campPlans;
    @Autowired
    DraftRosterService drafts;

    private final UidlWriter response = new UidlWriter();

    @Test
    void editTheBoardOfAnMSizeCamp() throws IOException {
        CampPlan plan = new CampGenerator().generate(CampSize.M, 2026L);
        CampPlan solved = new PlanSolver(SolveLimits.seconds(10)).solve(plan, roster -> { });
        long campId = campPlans.importPlan(solved);
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (String action : List.of("first load of the board (one week)", "select a seat", "assign the best candidate",
                "pin", "unassign")) {
            figures.put(action, new Figures());
        }
        int rounds = 0;
        for (int i = 0; rounds < WARM_UPS + MEASURED; i++) {
            boolean measured = rounds >= WARM_UPS;
            UI.getCurrent().navigate("");
            roundTrip();
            figures.get("first load of the board (one week)").add(measured,
                    () -> UI.getCurrent().navigate("roster/" + campId));
            List<NativeButton> seats = _find(NativeButton.class, spec -> spec.withClasses("roster-seat"));
            NativeButton seat = seats.get((i * 7) % seats.size());
            SeatKey key = keyOf(campId, seat);
            SeatState before = drafts.snapshot(campId).get(key);
            figures.get("select a seat").add(measured, () -> ComponentUtil.fireEvent(seat, new ClickEvent<>(seat)));
            Optional<Button> best = _find(Button.class).stream()
                    .filter(button -> button.getId().orElse("").startsWith("assign-")).findFirst();
            if (best.isEmpty()) {
                // nobody else can take this seat without breaking a rule: on to the next one
                continue;
            }
            rounds++;
            figures.get("assign the best candidate").add(measured, () -> _click(best.get()));
            figures.get("pin").add(measured, () -> _click(_get(Button.class, spec -> spec.withId("pin"))));
            figures.get("unassign").add(measured, () -> _click(_get(Button.class, spec -> spec.withId("unassign"))));
            // back as the solver left it, so every round edits the same roster
            drafts.assign(campId, key, before.person(), before.pinned(), drafts.snapshot(campId).get(key).version());
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "## Roster board edits (%s)%n%n%s. Solved M camp (%d sessions, %d seats), server side, %d round trips "
                        + "after %d warm-ups each (seats nobody else can take are selected, then skipped).%n%n| action | median | 90th percentile | slowest | response |%n"
                        + "|---|---|---|---|---|%n",
                LocalDate.now(), Boolean.getBoolean("vaadin.productionMode") ? "Production mode"
                        : "Development mode (records where every component is created; run with -Dvaadin.productionMode=true)",
                solved.sessions().size(), solved.assignments().size(), MEASURED, WARM_UPS));
        figures.forEach((action, f) -> report.append(f.row(action)));
        Files.writeString(Path.of("target", "benchmarks-board-edits.md"), report);
        System.out.println(report);
    }

    private SeatKey keyOf(long campId, NativeButton seat) {
        String id = seat.getId().orElseThrow();
        return drafts.snapshot(campId).keySet().stream()
                .filter(key -> ("seat-" + key.session() + "-" + key.role() + "-" + key.index())
                        .replaceAll("[^A-Za-z0-9_-]", "_").equals(id))
                .findFirst().orElseThrow();
    }

    /** Writes out what the browser would be sent, as Vaadin does at the end of every request; its size in bytes. */
    private int roundTrip() {
        return response.createUidl(UI.getCurrent(), false).toString().length();
    }

    private final class Figures {
        private final List<Double> millis = new ArrayList<>();
        private final List<Integer> bytes = new ArrayList<>();

        void add(boolean measured, Runnable action) {
            long start = System.nanoTime();
            action.run();
            int size = roundTrip();
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (measured) {
                millis.add(elapsed);
                bytes.add(size);
            }
        }

        String row(String action) {
            millis.sort(Double::compare);
            bytes.sort(Integer::compare);
            int n = millis.size();
            return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f kB |%n", action,
                    millis.get(n / 2), millis.get((int) (n * 0.9)), millis.get(n - 1), bytes.get(n / 2) / 1000.0);
        }
    }
}
