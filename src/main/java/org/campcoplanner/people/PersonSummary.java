package org.campcoplanner.people;

import org.campcoplanner.planning.format.PersonKind;

import java.util.List;

/** One person as a row of the people list. */
public record PersonSummary(long id, String name, PersonKind kind, boolean youth, boolean experienced,
                            List<PersonDetails.HeldCredential> credentials, Double pledgedHoursPerWeek,
                            boolean credentialMissingOrExpiring) {
}
