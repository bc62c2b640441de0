package org.campcoplanner.base;

import org.campcoplanner.planning.Text;

import java.util.Locale;

/**
 * Words said in English from the message files, for exception messages and {@code toString}: what
 * logs and stack traces show. People read the Text itself, said in their language.
 */
public final class InEnglish {

    private static final Texts TEXTS = new Texts(new TranslationConfiguration().messageSource());

    private InEnglish() {
    }

    public static String say(Text text) {
        return TEXTS.say(text, Locale.ENGLISH);
    }
}
