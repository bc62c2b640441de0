package org.campcoplanner.credits;

/** One person rostered on a session, as the check-in list shows them; {@code confirmedBy} is null until confirmed. */
public record CheckInRow(String personId, String name, String role, int index, String confirmedBy) {

    public boolean confirmed() {
        return confirmedBy != null;
    }
}
