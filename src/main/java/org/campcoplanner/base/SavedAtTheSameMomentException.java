package org.campcoplanner.base;

import org.campcoplanner.planning.Text;

/**
 * Two saves of the same thing met in the database: a version check or a unique key let only one of
 * them through, and this is the other. Nothing of it was saved. It is the changed-meanwhile answer
 * for races that no service's own check could see, because both saves passed it at the same moment
 * (see {@link LostRaces}).
 */
public class SavedAtTheSameMomentException extends ChangedMeanwhileException {

    public SavedAtTheSameMomentException(Throwable lostRace) {
        super(Text.of("base.saved-at-the-same-moment"));
        initCause(lostRace);
    }
}
