package org.campcoplanner.base;

import org.campcoplanner.planning.Text;

import java.util.List;
import java.util.Locale;

/**
 * Says {@link Text}s as pages do, from the app's message files but without the application:
 * for tests of the planning core and services that check the words a reader gets.
 */
public final class TestTexts {

    private static final Texts TEXTS = Texts.standalone();

    private TestTexts() {
    }

    /** The Texts bean as the application has it, for tests that build what uses it. */
    public static Texts texts() {
        return TEXTS;
    }

    public static String english(Text text) {
        return TEXTS.say(text, Locale.ENGLISH);
    }

    public static String french(Text text) {
        return TEXTS.say(text, Locale.CANADA_FRENCH);
    }

    public static List<String> english(List<Text> texts) {
        return texts.stream().map(TestTexts::english).toList();
    }
}
