package org.campcoplanner.signoff;

import org.campcoplanner.planning.Text;

/**
 * A signature or request was refused, e.g. a broken hard rule or nothing waiting for approval: the
 * reason says why, in words a page says in its reader's language; the message is the same in
 * English, for the API and the logs.
 */
public class SignOffRefusedException extends RuntimeException {

    private final transient Text reason;

    public SignOffRefusedException(Text reason, String english) {
        super(english);
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
