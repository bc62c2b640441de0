package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.explain.Breach;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.roster.CampChanges;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;
import org.campcoplanner.roster.SolveAlreadyRunningException;
import org.campcoplanner.roster.SolveListener;
import org.campcoplanner.roster.SolveOutcome;
import org.campcoplanner.roster.SolveProgress;
import org.campcoplanner.roster.SolvingBusyException;
import org.campcoplanner.roster.SolvingService;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The roster board of one camp, a week at a time: every session with its seats, sessions that
 * break a hard rule marked, the selected seat's candidates, the score in words, and the solver.
 * Changes by other planners and the solver's progress are pushed to the page as they happen.
 */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("roster")
public class RosterBoardView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Anchor signOff = new Anchor("", getTranslation("roster.board.sign-off"));
    private final RosterWorkspace workspace;
    private final SolvingService solving;
    private final CampChanges changes;
    private final RosterFilters filters = new RosterFilters();
    private final RosterDays days = new RosterDays(this::select);
    private final SeatPanel seatPanel = new SeatPanel(() -> select(null));
    private final ScorePanel scorePanel = new ScorePanel();
    private final PersonLoadPanel personLoad = new PersonLoadPanel();
    private final SolveBar solveBar;
    private final PublishedRosterChoice publishedChoice = new PublishedRosterChoice();
    private final SolveListener solveWatcher = new PushedSolveProgress();
    private long campId;
    private RosterWorkspace.Draft draft;
    private SeatKey selected;
    private Runnable stopWatchingChanges = () -> { };

    public RosterBoardView(RosterWorkspace workspace, SolvingService solving, CampChanges changes) {
        this.workspace = workspace;
        this.solving = solving;
        this.changes = changes;
        this.solveBar = new SolveBar(this::solve, () -> solving.stop(campId));
        setSizeFull();
        filters.addChangeListener(change -> {
            if (change.personChanged()) {
                showPersonLoad();
            }
            showDays();
        });
        // beside the days on a wide screen; on a tablet or phone under them, the seat panel a sheet
        // from the bottom (frontend/themes/camp/styles.css)
        Div side = new Div(seatPanel, scorePanel);
        side.addClassName("roster-side");
        HorizontalLayout body = new HorizontalLayout(days, side);
        body.setWidthFull();
        body.addClassName("roster-body");
        signOff.setId("board-sign-off");
        add(new HorizontalLayout(new H2(getTranslation("roster.board.heading")), signOff), solveBar, publishedChoice,
                filters, personLoad, body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        campId = camp;
        signOff.setHref("sign-off/" + camp);
        filters.showAllWeeks(event.getLocation().getQueryParameters().getParameters().containsKey("all"));
        reload();
    }

    private void reload() {
        draft = workspace.load(campId);
        filters.fill(draft.plan());
        showPanels();
        solveBar.solving(solving.isSolving(campId));
        showDays();
        showSeat();
    }

    /**
     * After an edit here or elsewhere: the score, the published comparison and the chosen person's
     * hours again, but on the days only the cards whose seats changed. A change to the camp's
     * sessions, sites or people draws everything again.
     */
    private void refresh() {
        CampPlan before = draft.plan();
        draft = workspace.load(campId);
        CampPlan after = draft.plan();
        if (!before.sessions().equals(after.sessions()) || !before.people().equals(after.people())
                || !before.sites().equals(after.sites())) {
            filters.fill(after);
            showDays();
        } else {
            days.update(draft, filters);
        }
        showPanels();
        showSeat();
    }

    private void showPanels() {
        scorePanel.show(draft.explanation(), this::highlight);
        publishedChoice.show(draft.againstPublished());
        showPersonLoad();
    }

    private void showDays() {
        if (draft != null) {
            days.show(draft, filters);
        }
    }

    private void showPersonLoad() {
        if (draft != null) {
            personLoad.show(filters.personId() == null ? null : workspace.personLoad(draft, filters.personId()));
        }
    }

    /** Shows the seat in the seat panel and marks it on the board; null closes the panel. */
    private void select(SeatKey key) {
        selected = key;
        days.select(key);
        showSeat();
    }

    private void showSeat() {
        if (selected == null) {
            seatPanel.clear();
            return;
        }
        CampPlan plan = draft.plan();
        Optional<CampPlan.Session> session = plan.sessions().stream().filter(s -> s.id().equals(selected.session()))
                .findFirst();
        if (session.isEmpty()) {
            select(null);
            return;
        }
        Map<String, String> names = plan.people().stream().collect(Collectors.toMap(CampPlan.Person::id, CampPlan.Person::name));
        String site = plan.sites().stream().filter(s -> s.id().equals(session.get().site())).map(CampPlan.Site::name)
                .findFirst().orElse("");
        SeatState state = draft.seats().getOrDefault(selected, SeatState.NEVER_ASSIGNED);
        seatPanel.show(session.get(), site, selected, state, workspace.candidates(draft, selected), names::get, this::edit);
    }

    private void edit(SeatKey key, String personId, boolean pinned) {
        long seen = draft.seats().getOrDefault(key, SeatState.NEVER_ASSIGNED).version();
        try {
            workspace.assign(campId, key, personId, pinned, seen, this);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        } catch (InvalidFormException e) {
            e.problems().forEach(problem -> Notifications.error(getTranslation(problem.reason().key(),
                    problem.reason().args().toArray())));
        }
        refresh();
    }

    /** Highlights a broken rule's sessions and brings its week and first session into view. */
    private void highlight(Breach breach) {
        days.highlight(breach);
        draft.plan().sessions().stream().filter(s -> breach.sessions().contains(s.id()))
                .map(s -> s.start().toLocalDate()).min(Comparator.naturalOrder())
                .ifPresent(filters::showWeekOf);
        showDays();
        days.scrollToHighlighted();
    }

    private void solve() {
        Integer seconds = solveBar.seconds.getValue();
        FormProblems secondsProblem = FormProblems.on(solveBar.seconds);
        if (seconds == null || seconds < 1 || seconds > 300) {
            secondsProblem.show(List.of(FieldProblem.of("seconds", "roster.solve.seconds-range")));
            return;
        }
        secondsProblem.clear();
        try {
            solving.start(campId, SolveLimits.seconds(seconds), publishedChoice.choice(), solveWatcher);
            solveBar.solving(true);
            publishedChoice.solving();
        } catch (SolveAlreadyRunningException e) {
            solving.watch(campId, solveWatcher);
            Notifications.info(say(e.text()));
        } catch (SolvingBusyException e) {
            Notifications.warning(say(e.text()));
        }
    }

    /** "Lead 1 in Morning sports on Mon 6 Jul 09:00–12:00", or the seat alone once its session is gone. */
    private Text seatName(SeatKey key) {
        return draft.plan().sessions().stream().filter(session -> session.id().equals(key.session())).findFirst()
                .map(session -> Text.of("roster.seat.named", key.role(), key.index(), session.title(),
                        new Text.When(session.start(), session.end())))
                .orElse(Text.of("roster.seat.named-alone", key.role(), key.index()));
    }

    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
    }

    /** Solver threads reach the page only through {@link UI#access}; @Push delivers it. */
    private final class PushedSolveProgress implements SolveListener {
        @Override
        public void improved(SolveProgress progress) {
            // a solve started by another planner, on this server or another, shows here too
            getUI().ifPresent(ui -> ui.access(() -> {
                solveBar.show(progress);
                solveBar.solving(true);
            }));
        }

        @Override
        public void finished(SolveOutcome outcome) {
            getUI().ifPresent(ui -> ui.access(() -> {
                solveBar.show(outcome, RosterBoardView.this::seatName);
                solveBar.solving(false);
                publishedChoice.show(outcome);
            }));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        stopWatchingChanges = changes.watch(campId, this, changed -> ui.access(this::refresh));
        solving.watch(campId, solveWatcher);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatchingChanges.run();
        solving.unwatch(campId, solveWatcher);
    }

    @Override
    public String getPageTitle() {
        return draft == null ? getTranslation("roster.board.heading")
                : getTranslation("roster.board.page-title", draft.plan().camp().name());
    }
}
