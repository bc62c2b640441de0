package org.campcoplanner.shifts;

import org.campcoplanner.base.InEnglish;
import org.campcoplanner.planning.Text;

/** A re-plan cannot run now, e.g. it was done already or the camp is being solved; the text says why. */
public class ReplanRefusedException extends RuntimeException {

    private final transient Text text;

    public ReplanRefusedException(Text text) {
        super(InEnglish.say(text));
        this.text = text;
    }

    /** Why, to be said in the reader's language. */
    public Text text() {
        return text;
    }
}
