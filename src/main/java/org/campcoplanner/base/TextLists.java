package org.campcoplanner.base;

import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.rules.Wording;

import java.util.List;

/** Texts said one after the other on one line, joined in the reader's language ("name, days"), as rule sentences join theirs. */
public final class TextLists {

    private TextLists() {
    }

    /** "a, b, c"; the word for nothing for no texts. */
    public static Text commas(List<?> texts) {
        return Wording.list(texts);
    }

    /** "a; b; c"; the word for nothing for no texts. */
    public static Text semicolons(List<?> texts) {
        return Wording.joined("base.list.semicolon", texts);
    }
}
