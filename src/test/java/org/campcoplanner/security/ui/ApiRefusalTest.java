package org.campcoplanner.security.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.campcoplanner.security.LoginThrottledException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API answers when a sign-in is refused, by the reason it was refused. */
class ApiRefusalTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anUnreachableDatabaseAnswers503WithAPlainMessageNotSignInFirst() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        SecurityConfiguration.refused(response, json, new InternalAuthenticationServiceException("no connection",
                new CannotCreateTransactionException("Could not open JPA EntityManager")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("unavailable").doesNotContain("HTTP Basic");
    }

    @Test
    void aSlowedSignInAnswers429WithRetryAfterInSeconds() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        SecurityConfiguration.refused(response, json, new LoginThrottledException(Duration.ofSeconds(61)));

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("61");
        assertThat(response.getContentAsString()).contains("try again in 2 minutes");
    }

    @Test
    void aWrongPasswordStillAnswers401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        SecurityConfiguration.refused(response, json, new BadCredentialsException("Bad credentials"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("Retry-After")).isNull();
    }
}
