package org.campcoplanner.security.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.campcoplanner.security.LoginThrottledException;
import org.campcoplanner.security.SignedInSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.io.IOException;
import java.util.Map;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

/**
 * Two ways in: the web app signs in on its login page and keeps a session; API clients (city
 * systems, tests) send HTTP Basic on every call and get JSON errors, 401 without credentials and
 * 403 when not allowed, 429 with {@code Retry-After} while sign-ins are slowed after many failures
 * and 503 when the database cannot be reached. Metrics scrapers come the API's way, as an admin;
 * health and the API's description are open to all. Views, services and the API each check access on
 * their own. It lives with the login view it names.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * What Vaadin works with: its bootstrap runs inline scripts and evaluates the scripts the server
     * sends ({@code new Function}), its components set inline styles and use data: icons, and push
     * talks to the same origin. All the rest is locked to this origin, and no site may frame us.
     */
    static final String WEB_CONTENT_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    static final String UNAVAILABLE = "The service is unavailable right now: its database cannot be reached. "
            + "Try again in a few minutes.";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint signInFirst = (request, response, e) -> refused(response, json, e);
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        // what the API offers is no secret; what it returns is
                        .requestMatchers("/api/openapi", "/api/openapi/**").permitAll()
                        // load balancers and orchestrators ask without an account
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(signInFirst))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(signInFirst)
                        .accessDeniedHandler((request, response, e) -> error(response, json,
                                HttpServletResponse.SC_FORBIDDEN, "Your account may not do this")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                // no cookies are used, so there is nothing to forge across sites
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SignedInSessions signedIn, RequestUtil vaadinRequests)
            throws Exception {
        http.addFilterAfter(new CurrentAccountFilter(signedIn), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll()
                // calendar apps cannot sign in: the feed's secret URL is its only key
                .requestMatchers("/calendar/*.ics").permitAll());
        // Vaadin's own settings leave the login form without CSRF protection, so that another site could
        // sign a victim into the attacker's account; its internal requests carry their own token instead
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(WEB_CONTENT_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)).build();
    }

    static void refused(HttpServletResponse response, ObjectMapper json, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException slowed) {
            response.setHeader("Retry-After", Long.toString(slowed.retryAfterSeconds()));
            error(response, json, 429, "Too many failed sign-ins: try again in " + slowed.retryAfterInWords());
        } else if (e instanceof InternalAuthenticationServiceException) {
            error(response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE, UNAVAILABLE);
        } else {
            error(response, json, HttpServletResponse.SC_UNAUTHORIZED, "Sign in with HTTP Basic: your username and password");
        }
    }

    private static void error(HttpServletResponse response, ObjectMapper json, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("message", message));
    }
}
