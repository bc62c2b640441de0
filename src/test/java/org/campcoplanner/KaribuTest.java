package org.campcoplanner;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.List;

/**
 * A browserless UI test: views run server-side in a mocked Vaadin session of the real application
 * context. {@link #login} signs in as one of the demo accounts, as the login page would.
 */
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.campcoplanner");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        setUpVaadinAs(signedInAs());
    }

    private void setUpVaadinAs(String account) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, applicationContext, uiFactory));
        if (account != null) {
            login(account);
        }
    }

    /**
     * The account a test starts signed in as: the admin, who may plan every camp, unless a test
     * says otherwise; null for nobody.
     */
    protected String signedInAs() {
        return "admin";
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** The texts of the notifications shown so far. */
    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    /**
     * Signs in and opens a new page, as a browser does after the login form: the page opens as it
     * would for that account, in its language for one.
     */
    protected void signInOnANewPage(String username) {
        login(username);
        MockVaadin.tearDown();
        setUpVaadinAs(username);
    }

    /** Signs in as an account of the database, e.g. the demo's {@code leader}. */
    protected void login(String username) {
        UserDetails user = applicationContext.getBean(UserDetailsService.class).loadUserByUsername(username);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals));
    }
}
