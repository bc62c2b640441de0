package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.signoff.RosterDiff;
import org.campcoplanner.signoff.SeatChange;

import java.util.Locale;
import java.util.Optional;

/** What signing changes, seat by seat: who is out of a seat and who is in. */
final class SeatChangesGrid {

    private SeatChangesGrid() {
    }

    /** Says so when every change is to a shift that has already taken place. */
    static Optional<Paragraph> pastOnlyNote(RosterDiff diff) {
        if (!diff.onlyPastShifts()) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph("Every change is to a shift that has already taken place: it corrects the "
                + "record, and nobody's coming shifts change.");
        note.addClassName("past-only-changes");
        return Optional.of(note);
    }

    static Grid<SeatChange> of(RosterDiff diff, String id, Locale locale) {
        Grid<SeatChange> grid = new Grid<>(SeatChange.class, false);
        grid.setId(id);
        grid.addColumn(c -> DateStyle.when(c.start(), c.end(), locale)).setHeader("When").setAutoWidth(true);
        grid.addColumn(SeatChange::title).setHeader("Session").setAutoWidth(true);
        grid.addColumn(SeatChange::seat).setHeader("Seat");
        grid.addColumn(c -> c.outName() == null ? "" : c.outName()).setHeader("Out");
        grid.addColumn(c -> c.inName() == null ? "" : c.inName()).setHeader("In");
        grid.setItems(diff.changes());
        grid.setAllRowsVisible(diff.changes().size() <= 20);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
