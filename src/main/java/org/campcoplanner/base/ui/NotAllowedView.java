package org.campcoplanner.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when a service refuses what a page asked for, e.g. a camp the user does not plan;
 * {@link PageNotAllowedView} covers pages the user's role may not open at all.
 */
@PermitAll
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    public NotAllowedView() {
        explain(this);
    }

    static void explain(VerticalLayout page) {
        explain(page, "not-allowed", page.getTranslation("base.error.not-allowed.title"),
                page.getTranslation("base.error.not-allowed.text"));
    }

    /**
     * How every error page of the app reads: a heading, one plain sentence and the way back to the start.
     * The title and the sentence come in the page's language.
     */
    public static void explain(VerticalLayout page, String id, String title, String sentence) {
        page.setId(id);
        page.removeAll();
        page.add(new H2(title), new Paragraph(sentence), new Anchor("", page.getTranslation("base.error.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.error.not-allowed.page-title");
    }
}
