package org.campcoplanner.base.api;

import org.campcoplanner.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain page a refused or failed export link shows, in the first of the browser's languages the app speaks. */
@H2Test
class PlainErrorPagesTest {

    @Autowired
    PlainErrorPages pages;

    @Test
    void aFrenchBrowserReadsThePageInFrench() throws Exception {
        String page = shown(HttpStatus.NOT_FOUND, "de-DE, fr-CA;q=0.8, en;q=0.5");

        assertThat(page).contains("<html lang=\"fr\">", "<h1>Introuvable</h1>", "Retour à l'accueil")
                .doesNotContain("Not found", "Back to the start");
    }

    @Test
    void anyOtherBrowserReadsItInEnglish() throws Exception {
        assertThat(shown(HttpStatus.FORBIDDEN, "de-DE")).contains("<html lang=\"en\">", "<h1>Not allowed</h1>",
                "Back to the start");
        assertThat(shown(HttpStatus.INTERNAL_SERVER_ERROR, "en-CA")).contains("<h1>Something went wrong</h1>");
    }

    private String shown(HttpStatus status, String acceptLanguage) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/export/camps/1/plan.json");
        request.addHeader("Accept-Language", acceptLanguage);
        ModelAndView answer = pages.resolveErrorView(request, status, Map.of());
        assertThat(answer.getStatus()).isEqualTo(status);
        MockHttpServletResponse response = new MockHttpServletResponse();
        answer.getView().render(Map.of(), request, response);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
