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
        grid.addColumn(RevisionSummary::number).setHeader(getTranslation("signoff.history.revision")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("signoff.status." + r.status().name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .setHeader(getTranslation("signoff.history.status"));
        grid.addColumn(r -> getTranslation("signoff.history.who-when", r.proposedByName(),
                        SignOffView.stamp(r.proposedAt(), getLocale())))
                .setHeader(getTranslation("signoff.history.signed-by-leader"));
        grid.addColumn(r -> r.decidedBy() == null ? "" : getTranslation("signoff.history.who-when", r.decidedByName(),
                        SignOffView.stamp(r.decidedAt(), getLocale())))
                .setHeader(getTranslation("signoff.history.decided-by-staff"));
        grid.addColumn(RevisionSummary::emptySeats).setHeader(getTranslation("signoff.history.empty-seats"));
        grid.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader(getTranslation("signoff.history.comment"))
                .setFlexGrow(2);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("signoff.history.heading")), grid);
    }
}
