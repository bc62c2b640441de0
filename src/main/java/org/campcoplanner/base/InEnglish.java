package org.campcoplanner.base;

import org.campcoplanner.planning.Text;

import java.util.Locale;

/**
 * Words said in English from the message files, for exception messages and {@code toString}: what
 * logs and stack traces show. People read the Text itself, said in their language.
 */
public final class InEnglish {

    private InEnglish() {
    }

    public static String say(Text text) {
        return Texts.standalone().say(text, Locale.ENGLISH);
    }
}
