package org.campcoplanner.reflections;

import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.planning.Text;

/** The reflection was saved or withdrawn elsewhere (say on another phone) after this page read it. */
public class ReflectionChangedMeanwhileException extends ChangedMeanwhileException {

    ReflectionChangedMeanwhileException(String sessionTitle) {
        super(Text.of("reflections.changed-meanwhile", sessionTitle));
    }
}
