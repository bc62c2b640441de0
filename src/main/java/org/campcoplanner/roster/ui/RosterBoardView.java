package org.campcoplanner.roster.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.planning.explain.Breach;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.roster.CampChanges;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatChangedMeanwhileException;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;
import org.campcoplanner.roster.SolveAlreadyRunningException;
import org.campcoplanner.roster.SolveListener;
import org.campcoplanner.roster.SolveOutcome;
import org.campcoplanner.roster.SolveProgress;
import org.campcoplanner.roster.SolvingService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The roster board of one camp, a week at a time: every session with its seats, sessions that
 * break a hard rule marked, the selected seat's candidates, the score in words, and the solver.
 * Changes by other planners and the solver's progress are pushed to the page as they happen.
 */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("roster")
public class RosterBoardView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Anchor signOff = new Anchor("", "Sign-off");
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("'Week of' EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE MMM d", Locale.ENGLISH);

    private final RosterWorkspace workspace;
    private final SolvingService solving;
    private final CampChanges changes;
    private final Select<LocalDate> week = new Select<>();
    private final Select<String> site = new Select<>();
    private final ComboBox<CampPlan.Person> person = new ComboBox<>("Person");
    private final Select<String> activity = new Select<>();
    private final Div days = new Div();
    private final SeatPanel seatPanel = new SeatPanel();
    private final ScorePanel scorePanel = new ScorePanel();
    private final PersonLoadPanel personLoad = new PersonLoadPanel();
    private final SolveBar solveBar;
    private final PublishedRosterChoice publishedChoice = new PublishedRosterChoice();
    private final SolveListener solveWatcher = new PushedSolveProgress();
    private long campId;
    private RosterWorkspace.Draft draft;
    private SeatKey selected;
    private Set<String> highlighted = Set.of();
    private Set<String> highlightedSeats = Set.of();
    private Runnable stopWatchingChanges = () -> { };
    private boolean showingAllWeeks;
    /** Filling the filters fires their change events; the days are drawn once afterwards. */
    private boolean reloading;

    public RosterBoardView(RosterWorkspace workspace, SolvingService solving, CampChanges changes) {
        this.workspace = workspace;
        this.solving = solving;
        this.changes = changes;
        this.solveBar = new SolveBar(this::solve, () -> solving.stop(campId));
        setSizeFull();
        week.setLabel("Week");
        week.setEmptySelectionAllowed(true);
        week.setEmptySelectionCaption("All weeks");
        site.setLabel("Site");
        activity.setLabel("Activity");
        person.setItemLabelGenerator(CampPlan.Person::name);
        person.setClearButtonVisible(true);
        week.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showingAllWeeks = e.getValue() == null;
            }
            showDays();
        });
        site.addValueChangeListener(e -> showDays());
        person.addValueChangeListener(e -> {
            showPersonLoad();
            showDays();
        });
        activity.addValueChangeListener(e -> showDays());
        days.addClassName("roster-days");
        HorizontalLayout body = new HorizontalLayout(days, seatPanel, scorePanel);
        body.setWidthFull();
        // on a tablet the seat and rules panels go under the days instead of off the screen
        body.setWrap(true);
        body.setFlexGrow(3, days);
        body.setFlexGrow(1, seatPanel, scorePanel);
        signOff.setId("board-sign-off");
        add(new HorizontalLayout(new H2("Roster"), signOff), solveBar, publishedChoice, new HorizontalLayout(week, site, person, activity), personLoad, body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        campId = camp;
        signOff.setHref("sign-off/" + camp);
        showingAllWeeks = event.getLocation().getQueryParameters().getParameters().containsKey("all");
        reload();
    }

    private void reload() {
        draft = workspace.load(campId);
        reloading = true;
        try {
            fillFilters();
        } finally {
            reloading = false;
        }
        scorePanel.show(draft.explanation(), this::highlight);
        publishedChoice.show(draft.againstPublished());
        solveBar.solving(solving.isSolving(campId));
        showPersonLoad();
        showDays();
        if (selected != null) {
            select(selected);
        }
    }

    private void fillFilters() {
        CampPlan plan = draft.plan();
        List<LocalDate> weeks = plan.sessions().stream().map(s -> s.start().toLocalDate().with(DayOfWeek.MONDAY))
                .distinct().sorted().toList();
        LocalDate current = week.getValue();
        LocalDate shownWeek;
        if (showingAllWeeks) {
            shownWeek = null;
        } else if (current != null && weeks.contains(current)) {
            shownWeek = current;
        } else {
            shownWeek = weeks.isEmpty() ? null : weeks.get(0);
        }
        week.setItems(weeks);
        week.setItemLabelGenerator(monday -> monday == null ? "All weeks" : WEEK.format(monday));
        week.setValue(shownWeek);
        String chosenSite = site.getValue();
        String chosenActivity = activity.getValue();
        String chosenPerson = person.getValue() == null ? null : person.getValue().id();
        site.setItems(plan.sites().stream().map(CampPlan.Site::name).toList());
        activity.setItems(plan.sessions().stream().map(CampPlan.Session::activity).filter(a -> a != null)
                .distinct().sorted().toList());
        person.setItems(plan.people());
        // new items clear the filters; a reload after an edit keeps what the planner chose
        site.setValue(chosenSite);
        activity.setValue(chosenActivity);
        person.setValue(plan.people().stream().filter(p -> p.id().equals(chosenPerson)).findFirst().orElse(null));
    }

    private void showDays() {
        if (draft == null || reloading) {
            return;
        }
        days.removeAll();
        CampPlan plan = draft.plan();
        Map<String, String> siteNames = plan.sites().stream().collect(Collectors.toMap(CampPlan.Site::id, CampPlan.Site::name));
        Map<String, String> names = plan.people().stream().collect(Collectors.toMap(CampPlan.Person::id, CampPlan.Person::name));
        Set<String> broken = draft.explanation().hardBreaches().stream().flatMap(b -> b.sessions().stream())
                .collect(Collectors.toSet());
        LocalDate monday = week.getValue();
        Map<LocalDate, List<CampPlan.Session>> byDay = plan.sessions().stream()
                .filter(s -> monday == null
                        || !s.start().toLocalDate().isBefore(monday) && s.start().toLocalDate().isBefore(monday.plusDays(7)))
                .filter(s -> site.getValue() == null || site.getValue().equals(siteNames.get(s.site())))
                .filter(s -> activity.getValue() == null || activity.getValue().equals(s.activity()))
                .filter(this::includesChosenPerson)
                .sorted(Comparator.comparing(CampPlan.Session::start))
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        byDay.forEach((day, sessions) -> {
            Div column = new Div(new H4(DAY.format(day)));
            column.addClassName("roster-day");
            sessions.forEach(session -> {
                SessionCard card = new SessionCard(session, siteNames.get(session.site()), draft.seats(), names::get,
                        broken.contains(session.id()), highlightedSeats, this::select);
                if (highlighted.contains(session.id())) {
                    card.addClassName("roster-session-highlighted");
                }
                column.add(card);
            });
            days.add(column);
        });
    }

    private void showPersonLoad() {
        if (draft != null && !reloading) {
            personLoad.show(person.getValue() == null ? null : workspace.personLoad(draft, person.getValue().id()));
        }
    }

    private boolean includesChosenPerson(CampPlan.Session session) {
        return person.getValue() == null || draft.seats().entrySet().stream()
                .anyMatch(e -> e.getKey().session().equals(session.id()) && person.getValue().id().equals(e.getValue().person()));
    }

    private void select(SeatKey key) {
        selected = key;
        Map<String, String> names = draft.plan().people().stream()
                .collect(Collectors.toMap(CampPlan.Person::id, CampPlan.Person::name));
        SeatState state = draft.seats().getOrDefault(key, SeatState.NEVER_ASSIGNED);
        seatPanel.show(key, state, workspace.candidates(draft, key), names::get, this::edit);
    }

    private void edit(SeatKey key, String personId, boolean pinned) {
        long seen = draft.seats().getOrDefault(key, SeatState.NEVER_ASSIGNED).version();
        try {
            workspace.assign(campId, key, personId, pinned, seen, this);
        } catch (SeatChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        }
        reload();
    }

    private void highlight(Breach breach) {
        highlighted = Set.copyOf(breach.sessions());
        highlightedSeats = Set.copyOf(breach.seats());
        showDays();
    }

    private void solve() {
        Integer seconds = solveBar.seconds.getValue();
        if (seconds == null || seconds < 1 || seconds > 300) {
            solveBar.seconds.setInvalid(true);
            solveBar.seconds.setErrorMessage("Between 1 and 300 seconds");
            return;
        }
        try {
            solving.start(campId, SolveLimits.seconds(seconds), publishedChoice.choice(), solveWatcher);
            solveBar.solving(true);
            publishedChoice.solving();
        } catch (SolveAlreadyRunningException e) {
            solving.watch(campId, solveWatcher);
            Notifications.info(e.getMessage());
        }
    }

    /** Solver threads reach the page only through {@link UI#access}; @Push delivers it. */
    private final class PushedSolveProgress implements SolveListener {
        @Override
        public void improved(SolveProgress progress) {
            getUI().ifPresent(ui -> ui.access(() -> solveBar.show(progress)));
        }

        @Override
        public void finished(SolveOutcome outcome) {
            getUI().ifPresent(ui -> ui.access(() -> {
                solveBar.show(outcome);
                solveBar.solving(false);
                publishedChoice.show(outcome);
            }));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        stopWatchingChanges = changes.watch(campId, this, changed -> ui.access(this::reload));
        solving.watch(campId, solveWatcher);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatchingChanges.run();
        solving.unwatch(campId, solveWatcher);
    }

    @Override
    public String getPageTitle() {
        return draft == null ? "Roster" : "Roster: " + draft.plan().camp().name() + " | Camp co-planner";
    }
}
