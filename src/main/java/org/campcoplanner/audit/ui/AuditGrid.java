package org.campcoplanner.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.campcoplanner.audit.AuditEntry;
import org.campcoplanner.planning.DateStyle;

import java.time.ZoneId;

/** Audit entries, newest first, as the camp's trail and the account events show them. */
class AuditGrid extends Grid<AuditEntry> {

    AuditGrid() {
        super(AuditEntry.class, false);
        setId("audit-events");
        addColumn(entry -> DateStyle.timestamp(entry.at(), ZoneId.systemDefault(), getLocale()))
                .setHeader("When").setAutoWidth(true);
        addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        addColumn(AuditEntry::what).setHeader("What").setAutoWidth(true);
        addColumn(AuditEntry::subject).setHeader("Subject").setFlexGrow(2);
        addColumn(AuditEntry::before).setHeader("Before").setFlexGrow(1);
        addColumn(AuditEntry::after).setHeader("After").setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
}
