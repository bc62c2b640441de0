package org.campcoplanner.security;

import org.campcoplanner.PostgresTest;
import org.campcoplanner.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The login form against cross-site sign-in, and the headers every page and API answer carries. */
@PostgresTest
class WebHardeningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    private String username;

    @BeforeEach
    void anAccount() {
        username = "web-" + Long.toString(System.nanoTime(), 36);
        accounts.createAdminAsOperator(username, "admin password");
    }

    @Test
    void anotherSiteCannotSignAVisitorIntoAnAccountWithoutTheFormsToken() throws Exception {
        MvcResult forged = mvc.perform(post("/login").param("username", username).param("password", "admin password")
                        .header("Origin", "https://attacker.example"))
                .andExpect(status().isForbidden()).andReturn();

        assertThat(forged.getRequest().getSession(false) == null
                || forged.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
    }

    @Test
    void theLoginFormWithItsTokenSignsIn() throws Exception {
        MvcResult signedIn = mvc.perform(post("/login").with(csrf()).param("username", username)
                        .param("password", "admin password"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(signedIn.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error").doesNotContain("jsessionid");
    }

    @Test
    void aWrongPasswordOnTheFormGoesBackToTheLoginPage() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong")
                        .with(request -> {
                            request.setRemoteAddr("198.51.100.200");
                            return request;
                        }))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesCarryAContentPolicyVaadinWorksWithAReferrerAndAPermissionsPolicy() throws Exception {
        // any answer of the web chain: the API's description page stands in for the pages, which need Vaadin's servlet
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void apiAnswersAllowNoContentAtAllAndSendNoReferrer() throws Exception {
        mvc.perform(get("/api/camps").with(httpBasic(username, "admin password")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }
}
