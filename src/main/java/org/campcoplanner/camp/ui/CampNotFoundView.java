package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.campcoplanner.base.ui.NotAllowedView;
import org.campcoplanner.camp.CampNotFoundException;

/** Any page of a camp that is not there (a stale link, a deleted camp) says so, whichever page it was. */
@PermitAll
public class CampNotFoundView extends VerticalLayout implements HasErrorParameter<CampNotFoundException>,
        HasDynamicTitle {

    public CampNotFoundView() {
        NotAllowedView.explain(this, "camp-not-found", getTranslation("camp.not-found.heading"),
                getTranslation("camp.not-found.sentence"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("camp.not-found.page-title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CampNotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
