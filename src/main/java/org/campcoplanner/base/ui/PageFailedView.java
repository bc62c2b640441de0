package org.campcoplanner.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The product's own page when opening a page fails unexpectedly, in place of Vaadin's stack trace:
 * the failure is logged with an id, and the person gets the same id to pass on.
 */
@AnonymousAllowed
public class PageFailedView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = MainErrorHandler.LoggedWithId.logged(parameter.getCaughtException());
        NotAllowedView.explain(this, "page-failed", getTranslation("base.error.failed.title"),
                getTranslation("base.error.failed.text", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.error.failed.page-title");
    }
}
