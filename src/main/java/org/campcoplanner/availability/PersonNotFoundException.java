package org.campcoplanner.availability;

/** No person has the id asked for. */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(String which) {
        super("There is no person " + which);
    }
}
