package org.campcoplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.ui.CampNotFoundView;
import org.campcoplanner.camp.ui.CampView;
import org.junit.jupiter.api.Test;

import java.util.Locale;

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
    void anAddressThatLeadsNowhereSaysSoInTheReadersLanguage() {
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
        PageNotFoundView page = new PageNotFoundView();

        assertThat(page.setErrorParameter(null, new ErrorParameter<>(NotFoundException.class, new NotFoundException())))
                .isEqualTo(HttpServletResponse.SC_NOT_FOUND);
        assertThat(page.getPageTitle()).isEqualTo("Page introuvable | Camp co-planner");
        assertThat(page.getElement().getTextRecursively()).startsWith("Page introuvable")
                .contains("Il n'y a aucune page à cette adresse.", "Retour à l'accueil");
    }

    @Test
    void aFrenchReaderIsToldInFrenchThatTheyMayNotOpenAPage() {
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
        NotAllowedView page = new NotAllowedView();

        assertThat(page.getPageTitle()).isEqualTo("Accès refusé | Camp co-planner");
        assertThat(page.getElement().getTextRecursively()).startsWith("Accès refusé")
                .contains("Votre compte ne peut pas ouvrir cette page.");
    }

    @Test
    void aPageThatFailsGivesAnErrorCodeToPassOn() {
        PageFailedView page = new PageFailedView();

        int status = page.setErrorParameter(null, new ErrorParameter<>(Exception.class, new IllegalStateException("x")));

        assertThat(status).isEqualTo(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        assertThat(page.getElement().getTextRecursively()).containsPattern("error code [A-Z2-9]{8}\\.");
    }
}
