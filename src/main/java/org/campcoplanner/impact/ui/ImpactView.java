package org.campcoplanner.impact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Hours;
import org.campcoplanner.impact.CampPeriod;
import org.campcoplanner.impact.ImpactCharts;
import org.campcoplanner.impact.ImpactFigures;
import org.campcoplanner.impact.ImpactService;
import org.campcoplanner.impact.WeekFigures;
import org.campcoplanner.people.EarlierCamps;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.reflections.RatingWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A camp's impact for a period its planners pick: what residents and staff gave, who took part and
 * who came back, sessions delivered together, youth hours, credits, coverage and reflections. Each
 * chart has its numbers in a table; the figures and the camp's records download as CSV.
 */
@Route("impact")
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
public class ImpactView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ImpactService impact;
    private final EarlierCamps earlierCamps;
    private final DatePicker from = DatePickers.date(getTranslation("impact.page.from"));
    private final DatePicker to = DatePickers.date(getTranslation("impact.page.to"));
    private final FormProblems problems = new FormProblems(Map.of("from", from, "to", to));
    private final Div figures = new Div();
    private long campId;

    public ImpactView(ImpactService impact, EarlierCamps earlierCamps) {
        this.impact = impact;
        this.earlierCamps = earlierCamps;
        addClassName("impact-page");
        from.setId("impact-from");
        to.setId("impact-to");
        figures.setId("impact-figures");
        figures.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("impact.page.page-title");
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        campId = camp;
        CampPeriod period = impact.period(campId);
        from.setValue(period.first());
        to.setValue(period.last());
        Button show = new Button(getTranslation("impact.page.show"), click -> show());
        show.setId("impact-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout pick = new HorizontalLayout(from, to, show);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pick.setWrap(true);
        removeAll();
        add(new H2(getTranslation("impact.page.heading", period.camp())), new Paragraph(getTranslation("impact.page.intro")),
                pick, problems.formProblem(), figures, new ReturningResidents(earlierCamps, campId, this::show),
                new Anchor("camp/" + campId, getTranslation("impact.page.back")));
        show();
    }

    private void show() {
        problems.clear();
        figures.removeAll();
        ImpactFigures f;
        try {
            f = impact.figures(campId, from.getValue(), to.getValue());
        } catch (InvalidFormException refused) {
            problems.show(refused);
            return;
        }
        figures.add(tiles(f), hoursPerWeek(f), whoTookPart(f), seatsPerWeek(f), reflections(f), downloads(f));
    }

    private Component tiles(ImpactFigures f) {
        Div tiles = new Div(
                tile("tile-resident-hours", hours(f.residentHours()), getTranslation("impact.tile.resident-hours")),
                tile("tile-staff-hours", hours(f.staffHours()), getTranslation("impact.tile.staff-hours")),
                tile("tile-residents", String.valueOf(f.residents()),
                        getTranslation("impact.tile.residents", f.newResidents(), f.returningResidents())),
                tile("tile-joint", f.jointPercent() + " %",
                        getTranslation("impact.tile.joint", f.sessionsJoint(), f.sessionsHeld())),
                tile("tile-youth", String.valueOf(f.youthReachedForty()),
                        getTranslation("impact.tile.youth", f.youthTookPart(), hours(f.youthHours()),
                                DateStyle.day(f.to(), getLocale()))),
                tile("tile-credits", hours(f.creditsEarned()),
                        getTranslation("impact.tile.credits", hours(f.creditsSpent()))),
                tile("tile-seats", String.valueOf(f.seatsFilled()),
                        getTranslation("impact.tile.seats", f.seatsEmpty())),
                tile("tile-no-shows", String.valueOf(f.noShows()), getTranslation("impact.tile.no-shows")));
        tiles.addClassName("figure-tiles");
        return tiles;
    }

    private static Component tile(String id, String value, String what) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span words = new Span(what);
        words.addClassName("figure-words");
        Div tile = new Div(number, words);
        tile.setId(id);
        tile.addClassName("figure-tile");
        return tile;
    }

    private Component hoursPerWeek(ImpactFigures f) {
        return perWeek(f, "chart-hours", "impact.chart.hours-heading", "impact.chart.hours-axis",
                new Series<>(getTranslation("impact.chart.residents"), WeekFigures::residentHours, this::hours),
                new Series<>(getTranslation("impact.chart.staff"), WeekFigures::staffHours, this::hours));
    }

    private Component seatsPerWeek(ImpactFigures f) {
        return perWeek(f, "chart-seats", "impact.chart.seats-heading", "impact.chart.seats-axis",
                new Series<>(getTranslation("impact.chart.filled"), WeekFigures::seatsFilled, String::valueOf),
                new Series<>(getTranslation("impact.chart.empty"), WeekFigures::seatsEmpty, String::valueOf));
    }

    /** One of two weekly figures stacked in a chart: its name, its value in a week, and how the table says it. */
    private record Series<T extends Number>(String name, Function<WeekFigures, T> value, Function<T, String> said) {
    }

    private <T extends Number> Component perWeek(ImpactFigures f, String id, String headingKey, String axisKey,
                                                 Series<T> first, Series<T> second) {
        List<String> weeks = weekNames(f);
        String heading = getTranslation(headingKey);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            WeekFigures week = f.weeks().get(i);
            rows.add(List.of(weeks.get(i), first.said().apply(first.value().apply(week)),
                    second.said().apply(second.value().apply(week))));
        }
        return section(id, heading,
                size -> ImpactCharts.stacked(size, weeks, first.name(), f.weeks().stream().map(first.value()).toList(),
                        second.name(), f.weeks().stream().map(second.value()).toList(), getTranslation(axisKey)),
                FigureTable.of(heading, List.of(getTranslation("impact.chart.week"), first.name(), second.name()), rows));
    }

    private Component whoTookPart(ImpactFigures f) {
        List<String> groups = List.of(getTranslation("impact.chart.new"), getTranslation("impact.chart.returning"));
        List<Integer> counts = List.of(f.newResidents(), f.returningResidents());
        return section("chart-residents", getTranslation("impact.chart.residents-heading"),
                size -> ImpactCharts.bars(size, groups, getTranslation("impact.chart.residents"), counts,
                        getTranslation("impact.chart.people-axis")),
                FigureTable.of(getTranslation("impact.chart.residents-heading"),
                        List.of(getTranslation("impact.chart.group"), getTranslation("impact.chart.people-axis")),
                        List.of(List.of(groups.get(0), String.valueOf(counts.get(0))),
                                List.of(groups.get(1), String.valueOf(counts.get(1))))));
    }

    private Component reflections(ImpactFigures f) {
        List<String> scale = IntStream.rangeClosed(RatingWords.LOWEST, RatingWords.HIGHEST)
                .mapToObj(rating -> getTranslation(RatingWords.key(rating))).toList();
        List<List<String>> rows = IntStream.range(0, scale.size())
                .mapToObj(i -> List.of(scale.get(i), String.valueOf(f.ratings().get(i)))).toList();
        Div part = section("chart-reflections", getTranslation("impact.chart.reflections-heading", f.reflections()),
                size -> ImpactCharts.bars(size, scale, getTranslation("impact.chart.reflections-axis"), f.ratings(),
                        getTranslation("impact.chart.reflections-axis")),
                FigureTable.of(getTranslation("impact.chart.reflections-heading", f.reflections()),
                        List.of(getTranslation("impact.chart.how-it-went"), getTranslation("impact.chart.reflections-axis")),
                        rows));
        part.add(new H3(getTranslation("impact.quotes.heading")));
        if (f.quotes().isEmpty()) {
            part.add(new Paragraph(getTranslation("impact.quotes.none")));
        }
        f.quotes().forEach(quote -> {
            Paragraph said = new Paragraph(quote);
            said.addClassName("impact-quote");
            part.add(said);
        });
        return part;
    }

    private Component downloads(ImpactFigures f) {
        Div part = new Div(new H3(getTranslation("impact.downloads.heading")),
                new Paragraph(getTranslation("impact.downloads.intro")));
        part.setId("impact-downloads");
        String base = "export/camps/" + campId + "/";
        Div links = new Div(
                download(base + "impact.csv?from=" + f.from() + "&to=" + f.to(), "impact.downloads.figures"),
                download(base + "roster.csv", "impact.downloads.roster"),
                download(base + "attendance.csv", "impact.downloads.attendance"),
                download(base + "hours.csv", "impact.downloads.hours"),
                download(base + "credits.csv", "impact.downloads.credits"));
        links.addClassName("impact-download-links");
        part.add(links);
        return part;
    }

    private Anchor download(String href, String key) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** The chart twice, for a laptop and for a phone (the theme shows one), then its numbers. */
    private Div section(String id, String heading, Function<ImpactCharts.Size, String> svg, Component table) {
        Html chart = new Html("<div class=\"impact-chart\" role=\"img\" aria-label=\"" + attribute(heading) + "\">"
                + "<div class=\"chart-wide\">" + svg.apply(ImpactCharts.Size.WIDE) + "</div>"
                + "<div class=\"chart-narrow\">" + svg.apply(ImpactCharts.Size.NARROW) + "</div></div>");
        Div part = new Div(new H3(heading), chart, table);
        part.setId(id);
        part.addClassName("impact-section");
        return part;
    }

    private List<String> weekNames(ImpactFigures f) {
        return f.weeks().stream().map(week -> DateStyle.day(week.monday(), getLocale())).toList();
    }

    private String hours(double value) {
        return Hours.of(value, getLocale());
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
