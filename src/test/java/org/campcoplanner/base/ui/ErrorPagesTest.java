package org.campcoplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.ErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.ui.CampNotFoundView;
import org.campcoplanner.camp.ui.CampView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that fail or lead to a camp that is not there show the product's own words, never Vaadin's
 * developer pages; an unknown address and a refused export link are tried in a real browser ({@code BrowserTest}).
 */
@H2Test
class ErrorPagesTest extends KaribuTest {

    @Test
    void aCampThatIsNotThereSaysSo() {
        UI.getCurrent().navigate(CampView.class, 999_999L);

        _assertOne(CampNotFoundView.class);
    }

    @Test
    void aPageThatFailsGivesAnErrorCodeToPassOn() {
        PageFailedView page = new PageFailedView();

        int status = page.setErrorParameter(null, new ErrorParameter<>(Exception.class, new IllegalStateException("x")));

        assertThat(status).isEqualTo(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        assertThat(page.getElement().getTextRecursively()).containsPattern("error code [A-Z2-9]{8}\\.");
    }
}
