package org.campcoplanner.benchmark;

import org.campcoplanner.credits.AttendedShift;
import org.campcoplanner.credits.SpentEntry;
import org.campcoplanner.impact.ImpactCharts;
import org.campcoplanner.impact.ImpactFigures;
import org.campcoplanner.impact.ImpactInputs;
import org.campcoplanner.impact.ImpactCalculator;
import org.campcoplanner.impact.WeekFigures;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.reflections.ReflectionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the impact page costs on the server for a whole season: tight generated camps with their
 * planted full roster, nine in ten seats checked in and one reflection in five, counted over all the
 * camp's days and drawn as the page's four charts. Writes {@code target/benchmarks-impact.md}.
 * Run with {@code ./mvnw test -Dtest=ImpactBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class ImpactBenchmark {

    private static final int RUNS = 15;

    @Test
    void figuresAndChartsOfAWholeSeason() throws IOException {
        StringBuilder report = new StringBuilder("# Impact figures\n\n")
                .append("| size | people | seats | check-ins | weeks | figures ms (median / max) | four charts ms (median / max) |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (CampSize size : List.of(CampSize.M, CampSize.L, CampSize.XL)) {
            report.append(row(size)).append('\n');
        }
        Files.writeString(Path.of("target", "benchmarks-impact.md"), report.toString());
        System.out.println(report);
    }

    private String row(CampSize size) {
        CampPlan plan = new CampGenerator().tight(size, 7).withPlantedRoster();
        ImpactInputs in = season(plan);
        LocalDate from = plan.sessions().stream().map(s -> s.start().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = plan.sessions().stream().map(s -> s.start().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        List<Long> counting = new ArrayList<>();
        List<Long> drawing = new ArrayList<>();
        ImpactFigures figures = null;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            figures = ImpactCalculator.figures(in, from, to);
            counting.add((System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            draw(figures);
            drawing.add((System.nanoTime() - started) / 1_000_000);
        }
        return "| %s | %d | %d | %d | %d | %d / %d | %d / %d |".formatted(size, plan.people().size(),
                plan.assignments().size(), in.attendance().size(), figures.weeks().size(),
                median(counting), max(counting), median(drawing), max(drawing));
    }

    private static void draw(ImpactFigures f) {
        List<String> weeks = f.weeks().stream().map(w -> w.monday().toString()).toList();
        ImpactCharts.stacked(ImpactCharts.Size.WIDE, weeks, "Residents", f.weeks().stream().map(WeekFigures::residentHours).toList(),
                "Staff", f.weeks().stream().map(WeekFigures::staffHours).toList(), "Hours");
        ImpactCharts.stacked(ImpactCharts.Size.WIDE, weeks, "Filled", f.weeks().stream().map(WeekFigures::seatsFilled).toList(),
                "Empty", f.weeks().stream().map(WeekFigures::seatsEmpty).toList(), "Seats");
        ImpactCharts.bars(ImpactCharts.Size.WIDE, List.of("New", "Returning"), "Residents", List.of(f.newResidents(), f.returningResidents()), "People");
        ImpactCharts.bars(ImpactCharts.Size.WIDE, List.of("1", "2", "3", "4", "5"), "Reflections", f.ratings(), "Reflections");
    }

    /** The whole season has happened: now is the day after the last session. */
    private static ImpactInputs season(CampPlan plan) {
        Random random = new Random(2026);
        Map<String, Long> ids = new HashMap<>();
        Map<Long, ImpactInputs.Participant> people = new HashMap<>();
        for (CampPlan.Person person : plan.people()) {
            long id = ids.size() + 1L;
            ids.put(person.id(), id);
            people.put(id, new ImpactInputs.Participant(person.name(), person.kind().isResident(),
                    Boolean.TRUE.equals(person.youth())));
        }
        Map<String, CampPlan.Session> sessions = plan.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        List<AttendedShift> attendance = new ArrayList<>();
        List<ReflectionFact> reflections = new ArrayList<>();
        for (CampPlan.Assignment seat : plan.assignments()) {
            if (seat.person() == null || random.nextInt(10) == 0) {
                continue;
            }
            CampPlan.Session session = sessions.get(seat.session());
            attendance.add(new AttendedShift(ids.get(seat.person()), session.id(), session.title(), session.start(),
                    session.end(), Duration.between(session.start(), session.end()).toMinutes() / 60.0, "Staff"));
            if (random.nextInt(5) == 0) {
                reflections.add(new ReflectionFact(session.id(), session.start(), 1 + random.nextInt(5),
                        random.nextBoolean() ? "A story" : null));
            }
        }
        Map<Long, LocalDateTime> before = new HashMap<>();
        ids.values().stream().filter(id -> random.nextInt(4) == 0)
                .forEach(id -> before.put(id, LocalDateTime.of(2025, 7, 1, 9, 0)));
        LocalDateTime now = plan.sessions().stream().map(CampPlan.Session::end).max(LocalDateTime::compareTo)
                .orElseThrow().plusDays(1);
        return new ImpactInputs(ZoneId.of(CampPlan.DEFAULT_TIME_ZONE), now, people, ids, plan.sessions(),
                plan.assignments(), attendance, List.<SpentEntry>of(), reflections, before);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
