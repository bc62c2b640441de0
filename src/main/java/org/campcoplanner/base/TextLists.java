package org.campcoplanner.base;

import org.campcoplanner.planning.Text;

import java.util.List;

/** Texts said one after the other on one line, joined in the reader's language ("name, days"). */
public final class TextLists {

    private TextLists() {
    }

    /** "a, b, c"; empty words for no texts. */
    public static Text commas(List<?> texts) {
        return joined("base.list.comma", texts);
    }

    /** "a; b; c"; empty words for no texts. */
    public static Text semicolons(List<?> texts) {
        return joined("base.list.semicolon", texts);
    }

    private static Text joined(String key, List<?> texts) {
        if (texts.isEmpty()) {
            return Text.of("base.list.none");
        }
        Object joined = texts.get(0);
        for (Object next : texts.subList(1, texts.size())) {
            joined = Text.of(key, joined, next);
        }
        return joined instanceof Text text ? text : Text.of("base.list.one", joined);
    }
}
