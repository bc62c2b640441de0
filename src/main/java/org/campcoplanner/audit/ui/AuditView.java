package org.campcoplanner.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.audit.AuditTrail;

/** A camp's audit trail for staff and admins: who changed what and when, newest first. */
@Route("audit")
@RolesAllowed({"ADMIN", "STAFF"})
public class AuditView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AuditTrail audit;
    private final AuditGrid grid = new AuditGrid();

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
        add(new H2(getTranslation("audit.camp.heading")), new Anchor("camp/" + campId, getTranslation("audit.camp.back")),
                grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.camp.page-title");
    }
}
