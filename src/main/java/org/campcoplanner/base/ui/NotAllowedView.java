package org.campcoplanner.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when a service refuses what a page asked for, e.g. a camp the user does not plan;
 * {@link PageNotAllowedView} covers pages the user's role may not open at all.
 */
@PageTitle("Not allowed | Camp co-planner")
@PermitAll
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        explain(this);
    }

    static void explain(VerticalLayout page) {
        page.setId("not-allowed");
        page.add(new H2("Not allowed"),
                new Paragraph("Your account may not open this page. Camps are open only to the leaders and staff "
                        + "who plan them; ask the camp coordinator if you should be one of them."),
                new Anchor("", "Back to the start"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
