package org.campcoplanner;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application context installs its own Vaadin-aware security strategy as the JVM-wide one,
 * while its method security keeps using that context's instance. With several cached test
 * contexts the JVM-wide strategy may belong to another one; this puts back the strategy of the
 * context a test runs in, before any test sets a signed-in user.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        // before Spring Security's WithSecurityContextTestExecutionListener (10000) sets the test's user
        return 100;
    }
}
