package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.signoff.RosterDiff;
import org.campcoplanner.signoff.SeatChange;

import java.util.Locale;

/** What signing changes, seat by seat: who is out of a seat and who is in. */
final class SeatChangesGrid {

    private SeatChangesGrid() {
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
