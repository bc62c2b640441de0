package org.campcoplanner.base;

import java.util.List;

/**
 * Someone else saved the same thing after this person read it, so nothing of theirs was saved. Every
 * such refusal says what was changed and, where it is known, what the other person changed; views
 * answer them all alike ({@code base.ui.Notifications#changedMeanwhile}).
 */
public abstract class ChangedMeanwhileException extends RuntimeException {

    /**
     * "{@code what} was changed by someone else meanwhile{@code whatChanged}. Your changes were not saved;
     * reload to see theirs."
     *
     * @param what        what the person was editing, as they call it: "Liam Santos", "Lead 1 in Swim, Wed. 8 Jul. 10:00"
     * @param whatChanged what the other person changed, such as {@link #fields} or ": it now has Amina Yusuf"; empty
     *                    when it is not known
     */
    protected ChangedMeanwhileException(String what, String whatChanged) {
        super(what + " was changed by someone else meanwhile" + whatChanged
                + ". Your changes were not saved; reload to see theirs.");
    }

    /** For a refusal whose wording its readers already know; say what changed all the same. */
    protected ChangedMeanwhileException(String sentence) {
        super(sentence);
    }

    /** " (name, days)": the fields someone else changed, or nothing when none are known. */
    protected static String fields(List<String> changed) {
        return changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")";
    }
}
