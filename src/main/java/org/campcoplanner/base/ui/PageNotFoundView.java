package org.campcoplanner.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** The product's own page for an address that leads nowhere, in place of Vaadin's list of routes. */
@PageTitle("Page not found | Camp co-planner")
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        NotAllowedView.explain(this, "page-not-found", "Page not found",
                "There is no page at this address. It may have moved, or the link may be incomplete.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
