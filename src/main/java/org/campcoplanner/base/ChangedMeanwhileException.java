package org.campcoplanner.base;

import org.campcoplanner.planning.Text;

import java.util.List;

/**
 * Someone else saved the same thing after this person read it, so nothing of theirs was saved. Every
 * such refusal says what was changed and, where it is known, what the other person changed; views
 * answer them all alike ({@code base.ui.Notifications#changedMeanwhile}) and the API answers 409, each
 * in the reader's language.
 */
public abstract class ChangedMeanwhileException extends RuntimeException {

    private final transient Text text;

    /**
     * "{@code what} was changed by someone else meanwhile{@code whatChanged}. Your changes were not saved;
     * reload to see theirs."
     *
     * @param what        what the person was editing, as they call it: "Liam Santos", "Lead 1 in Swim, Wed. 8 Jul. 10:00"
     * @param whatChanged what the other person changed, such as {@link #fields} or ": it now has Amina Yusuf"; null
     *                    when it is not known
     */
    protected ChangedMeanwhileException(Object what, Text whatChanged) {
        this(whatChanged == null ? Text.of("base.changed-meanwhile", what)
                : Text.of("base.changed-meanwhile.what", what, whatChanged));
    }

    /** For a refusal whose wording its readers already know; say what changed all the same. */
    protected ChangedMeanwhileException(Text sentence) {
        super(InEnglish.say(sentence));
        this.text = sentence;
    }

    /** The refusal to say in the reader's language. */
    public Text text() {
        return text;
    }

    /** " (name, days)": the fields someone else changed, or null when none are known. */
    protected static Text fields(List<Text> changed) {
        return changed.isEmpty() ? null : Text.of("base.changed-meanwhile.fields", TextLists.commas(changed));
    }
}
