package org.campcoplanner.people;

/** Whom to call if something happens to a person on a shift. */
public record EmergencyContact(String name, String phone) {
}
