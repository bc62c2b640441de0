package org.campcoplanner.availability;

import java.util.List;

/** An availability that cannot be saved as it is; nothing was saved. */
public class InvalidAvailabilityException extends RuntimeException {

    private final List<String> problems;

    public InvalidAvailabilityException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
