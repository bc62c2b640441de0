package org.campcoplanner.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.campcoplanner.audit.AuditEntry;
import org.campcoplanner.planning.DateStyle;

import java.time.ZoneId;
import java.util.Locale;

/** Audit entries, newest first, as the camp's trail and the account events show them. */
class AuditGrid extends Grid<AuditEntry> {

    AuditGrid() {
        super(AuditEntry.class, false);
        setId("audit-events");
        addColumn(entry -> DateStyle.timestamp(entry.at(), ZoneId.systemDefault(), getLocale()))
                .setHeader(getTranslation("audit.grid.when")).setAutoWidth(true);
        addColumn(AuditEntry::actor).setHeader(getTranslation("audit.grid.who")).setAutoWidth(true);
        addColumn(this::what).setHeader(getTranslation("audit.grid.what")).setAutoWidth(true);
        addColumn(AuditEntry::subject).setHeader(getTranslation("audit.grid.subject")).setFlexGrow(2);
        addColumn(AuditEntry::before).setHeader(getTranslation("audit.grid.before")).setFlexGrow(1);
        addColumn(AuditEntry::after).setHeader(getTranslation("audit.grid.after")).setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** The action in the reader's words, e.g. "seat changed", "place modifiée". */
    private String what(AuditEntry entry) {
        return getTranslation("audit.action." + entry.action().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
