package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.campcoplanner.signoff.RevisionSummary;

import java.util.List;
import java.util.Locale;

/** Every signed revision of the camp: who signed it for the leaders, who decided for staff, and their comment. */
class RevisionHistory extends Composite<VerticalLayout> {

    RevisionHistory(List<RevisionSummary> revisions) {
        Grid<RevisionSummary> grid = new Grid<>(RevisionSummary.class, false);
        grid.setId("revisions");
        grid.addColumn(RevisionSummary::number).setHeader("Revision").setAutoWidth(true);
        grid.addColumn(r -> r.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).setHeader("Status");
        grid.addColumn(r -> r.proposedByName() + ", " + SignOffView.stamp(r.proposedAt(), getLocale()))
                .setHeader("Signed by leader");
        grid.addColumn(r -> r.decidedBy() == null ? "" : r.decidedByName() + ", " + SignOffView.stamp(r.decidedAt(), getLocale()))
                .setHeader("Decided by staff");
        grid.addColumn(RevisionSummary::emptySeats).setHeader("Empty seats");
        grid.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader("Comment").setFlexGrow(2);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(new H3("Revisions"), grid);
    }
}
