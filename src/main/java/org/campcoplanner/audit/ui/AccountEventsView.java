package org.campcoplanner.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.audit.AuditTrail;

/** Admins' trail of what happened to accounts and logins, which belong to no camp, newest first. */
@Route("audit/accounts")
@PageTitle("Account events | Camp co-planner")
@RolesAllowed("ADMIN")
public class AccountEventsView extends VerticalLayout {

    public AccountEventsView(AuditTrail audit) {
        setSizeFull();
        AuditGrid grid = new AuditGrid();
        grid.setItems(query -> audit.ofAccounts(query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.countOfAccounts());
        add(new H2("Account events"), new Anchor("accounts", "Back to the accounts"), grid);
        setFlexGrow(1, grid);
    }
}
