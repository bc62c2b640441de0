package org.campcoplanner.availability;

import org.campcoplanner.base.InvalidFormException;

import java.util.List;

/** An availability that cannot be saved as it is; nothing was saved. Each problem says which window and why. */
public class InvalidAvailabilityException extends InvalidFormException {

    public InvalidAvailabilityException(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(FieldProblem::message).toList()), problems);
    }
}
