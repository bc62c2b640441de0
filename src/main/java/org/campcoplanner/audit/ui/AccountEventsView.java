package org.campcoplanner.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.audit.AuditTrail;

/** Admins' trail of what happened to accounts and logins, which belong to no camp, newest first. */
@Route("audit/accounts")
@RolesAllowed("ADMIN")
public class AccountEventsView extends VerticalLayout implements HasDynamicTitle {

    public AccountEventsView(AuditTrail audit) {
        setSizeFull();
        AuditGrid grid = new AuditGrid();
        grid.setItems(query -> audit.ofAccounts(query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.countOfAccounts());
        add(new H2(getTranslation("audit.accounts.heading")), new Anchor("accounts", getTranslation("audit.accounts.back")),
                grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.accounts.page-title");
    }
}
