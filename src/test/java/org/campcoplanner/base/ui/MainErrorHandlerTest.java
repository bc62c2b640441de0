package org.campcoplanner.base.ui;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@H2Test
class MainErrorHandlerTest extends KaribuTest {

    private static final Pattern ERROR_CODE = Pattern.compile("error code ([A-Z2-9]{8})\\.");

    @Test
    void anUnexpectedErrorIsLoggedWithAnIdThatThePersonIsShownInAPlainSentence() {
        Logger log = (Logger) LoggerFactory.getLogger(MainErrorHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try {
            VaadinSession.getCurrent().getErrorHandler()
                    .error(new ErrorEvent(new IllegalStateException("the database went away")));
            MockVaadin.clientRoundtrip();
        } finally {
            log.detachAppender(logged);
        }

        String shown = notifications().stream().filter(text -> text.startsWith("Something went wrong")).findFirst()
                .orElseThrow();
        Matcher code = ERROR_CODE.matcher(shown);
        assertThat(code.find()).isTrue();
        assertThat(shown).doesNotContain("database", "IllegalStateException");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("Unexpected error " + code.group(1));
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("the database went away");
        });
    }
}
