package org.campcoplanner.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@H2Test
@ExtendWith(OutputCaptureExtension.class)
class MainErrorHandlerTest extends KaribuTest {

    private static final Pattern ERROR_CODE = Pattern.compile("error code ([A-Z2-9]{8})\\.");

    @Test
    void anUnexpectedErrorIsLoggedWithAnIdThatThePersonIsShownInAPlainSentence(CapturedOutput output) {
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("the database went away")));
        MockVaadin.clientRoundtrip();

        String shown = notifications().stream().filter(text -> text.startsWith("Something went wrong")).findFirst()
                .orElseThrow();
        Matcher code = ERROR_CODE.matcher(shown);
        assertThat(code.find()).isTrue();
        assertThat(shown).doesNotContain("database", "IllegalStateException");
        assertThat(output.getOut()).contains("Unexpected error " + code.group(1))
                .contains("java.lang.IllegalStateException: the database went away");
    }
}
