package org.campcoplanner.sessions;

import org.campcoplanner.planning.format.PersonKind;

import java.util.List;
import java.util.Set;

/** One line of a session's seats as a planner writes it: "2 Helpers", "1 Lead (staff or leader, police check)". */
public record SeatLine(String role, int count, List<String> requires, Set<PersonKind> kinds, int priority) {
}
