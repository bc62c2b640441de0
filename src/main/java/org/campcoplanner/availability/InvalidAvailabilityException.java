package org.campcoplanner.availability;

import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.TextLists;

import java.util.List;

/** An availability that cannot be saved as it is; nothing was saved. Each problem says which window and why. */
public class InvalidAvailabilityException extends InvalidFormException {

    public InvalidAvailabilityException(List<FieldProblem> problems) {
        super(TextLists.semicolons(problems.stream().map(FieldProblem::reason).toList()), problems);
    }
}
