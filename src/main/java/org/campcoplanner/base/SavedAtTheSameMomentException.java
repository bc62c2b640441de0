package org.campcoplanner.base;

/**
 * Two saves of the same thing met in the database: a version check or a unique key let only one of
 * them through, and this is the other. Nothing of it was saved. It is the changed-meanwhile answer
 * for races that no service's own check could see, because both saves passed it at the same moment
 * (see {@link LostRaces}).
 */
public class SavedAtTheSameMomentException extends ChangedMeanwhileException {

    public SavedAtTheSameMomentException(Throwable lostRace) {
        super("Someone else (or you, in another window) saved the same thing at the same moment, so this change"
                + " was not saved. Reload to see what is saved now, then try again if it is still needed.");
        initCause(lostRace);
    }
}
