package org.campcoplanner.shifts;

/** A re-plan cannot run now, e.g. it was done already or the camp is being solved; the message says why. */
public class ReplanRefusedException extends RuntimeException {

    public ReplanRefusedException(String message) {
        super(message);
    }
}
