package org.campcoplanner.signoff;

/** A signature or request was refused, e.g. a broken hard rule or nothing waiting for approval; the message says why. */
public class SignOffRefusedException extends RuntimeException {

    public SignOffRefusedException(String message) {
        super(message);
    }
}
