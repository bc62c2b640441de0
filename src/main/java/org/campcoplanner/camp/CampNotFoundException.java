package org.campcoplanner.camp;

/** No camp has the id asked for. */
public class CampNotFoundException extends RuntimeException {

    public CampNotFoundException(long campId) {
        super("There is no camp with id " + campId);
    }
}
