package org.campcoplanner.base;

import org.campcoplanner.planning.Text;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.time.LocalDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A text is said in the reader's language, with its times in the date style and its inner texts said too. */
class TextsTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final Texts texts = new Texts(messages);

    TextsTest() {
        messages.setAlwaysUseMessageFormat(true);
        messages.addMessage("shift.cant-make", Locale.ENGLISH, "{0} can''t make {1}, {2}");
        messages.addMessage("shift.cant-make", Locale.FRENCH, "{0} ne peut pas venir à {1}, {2}");
        messages.addMessage("session.swim", Locale.ENGLISH, "Swim");
        messages.addMessage("session.swim", Locale.FRENCH, "Baignade");
    }

    @Test
    void aTextIsSaidInTheReadersLanguageWithItsTimesAndInnerTexts() {
        Text text = Text.of("shift.cant-make", "Ana", Text.of("session.swim"),
                new Text.When(LocalDateTime.of(2026, 7, 6, 10, 0), LocalDateTime.of(2026, 7, 6, 12, 30)));

        assertThat(texts.say(text, Locale.CANADA)).isEqualTo("Ana can't make Swim, Mon 6 Jul 10:00–12:30");
        assertThat(texts.say(text, Locale.CANADA_FRENCH)).isEqualTo("Ana ne peut pas venir à Baignade, lun. 6 juill. 10:00–12:30");
    }

    @Test
    void aLanguageTheAppDoesNotSpeakGetsEnglish() {
        assertThat(texts.say(Locale.GERMAN, "session.swim")).isEqualTo("Swim");
    }
}
