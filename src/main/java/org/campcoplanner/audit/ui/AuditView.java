package org.campcoplanner.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.audit.AuditEvent;
import org.campcoplanner.audit.AuditTrail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A camp's audit trail for staff and admins: who changed what and when, newest first. */
@Route("audit")
@PageTitle("Audit trail | Camp co-planner")
@RolesAllowed({"ADMIN", "STAFF"})
public class AuditView extends VerticalLayout implements HasUrlParameter<Long> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.CANADA)
            .withZone(ZoneId.systemDefault());

    private final AuditTrail audit;
    private final Grid<AuditEvent> grid = events();

    public AuditView(AuditTrail audit) {
        this.audit = audit;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long campId) {
        // the count first: it is refused to whoever may not see this camp's trail
        long count = audit.countOfCamp(campId);
        grid.setItems(query -> audit.ofCamp(campId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) count);
        removeAll();
        add(new H2("Audit trail"), new Anchor("camp/" + campId, "Back to the camp"), grid);
        setFlexGrow(1, grid);
    }

    /** A grid of events; the accounts page shows the account events in one too. */
    public static Grid<AuditEvent> events() {
        Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
        grid.setId("audit-events");
        grid.addColumn(e -> WHEN.format(e.getAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.getAction().name().toLowerCase(Locale.ROOT).replace('_', ' ')).setHeader("What")
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::getSubject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(e -> e.getBefore() == null ? "" : e.getBefore()).setHeader("Before").setFlexGrow(1);
        grid.addColumn(e -> e.getAfter() == null ? "" : e.getAfter()).setHeader("After").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
