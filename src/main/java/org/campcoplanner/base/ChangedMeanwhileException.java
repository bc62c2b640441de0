package org.campcoplanner.base;

/**
 * Someone else saved the same thing after this person read it, so nothing of theirs was saved. Each
 * feature says what was changed and, where it knows, what the other person changed; views answer every
 * one alike ({@code base.ui.Notifications#changedMeanwhile}).
 */
public abstract class ChangedMeanwhileException extends RuntimeException {

    protected ChangedMeanwhileException(String message) {
        super(message);
    }
}
