package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import org.campcoplanner.planning.Text;
import org.campcoplanner.signoff.RosterDiff;
import org.campcoplanner.signoff.SeatChange;

import java.util.Optional;

/** What signing changes, seat by seat: who is out of a seat and who is in, in the page's language. */
final class SeatChangesGrid {

    private SeatChangesGrid() {
    }

    /** Says so when every change is to a shift that has already taken place. */
    static Optional<Paragraph> pastOnlyNote(RosterDiff diff) {
        if (!diff.onlyPastShifts()) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph(I18NProvider.translate("signoff.changes.past-only"));
        note.addClassName("past-only-changes");
        return Optional.of(note);
    }

    static Grid<SeatChange> of(RosterDiff diff, String id) {
        Grid<SeatChange> grid = new Grid<>(SeatChange.class, false);
        grid.setId(id);
        grid.addColumn(c -> grid.getTranslation("signoff.changes.when-value", new Text.When(c.start(), c.end())))
                .setHeader(grid.getTranslation("signoff.changes.when")).setAutoWidth(true);
        grid.addColumn(SeatChange::title).setHeader(grid.getTranslation("signoff.changes.session")).setAutoWidth(true);
        grid.addColumn(c -> grid.getTranslation("signoff.changes.seat-value", c.role(), c.index()))
                .setHeader(grid.getTranslation("signoff.changes.seat"));
        grid.addColumn(c -> c.outName() == null ? "" : c.outName()).setHeader(grid.getTranslation("signoff.changes.out"));
        grid.addColumn(c -> c.inName() == null ? "" : c.inName()).setHeader(grid.getTranslation("signoff.changes.in"));
        grid.setItems(diff.changes());
        grid.setAllRowsVisible(diff.changes().size() <= 20);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
