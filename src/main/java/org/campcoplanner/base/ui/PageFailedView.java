package org.campcoplanner.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The product's own page when opening a page fails unexpectedly, in place of Vaadin's stack trace:
 * the failure is logged with an id, and the person gets the same id to pass on.
 */
@PageTitle("Something went wrong | Camp co-planner")
@AnonymousAllowed
public class PageFailedView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = MainErrorHandler.LoggedWithId.logged(parameter.getCaughtException());
        NotAllowedView.explain(this, "page-failed", "Something went wrong", "This page could not be opened because "
                + "of a fault on our side. Try again in a moment; if it happens again, tell the camp coordinator the "
                + "error code " + id + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
