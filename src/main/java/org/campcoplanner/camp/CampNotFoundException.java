package org.campcoplanner.camp;

import org.campcoplanner.planning.Text;

/** No camp has the id asked for. */
public class CampNotFoundException extends RuntimeException {

    private final transient Text text;

    public CampNotFoundException(long campId) {
        super("There is no camp with id " + campId);
        this.text = Text.of("camp.api.not-found", campId);
    }

    /** The refusal in words said in the reader's language. */
    public Text text() {
        return text;
    }
}
