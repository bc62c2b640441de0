package org.campcoplanner.people;

import java.util.List;

/** Values already in use in a camp, offered while editing someone so the same things get the same names. */
public record PeopleSuggestions(List<String> credentials, List<String> skills, List<String> languages,
                                List<String> activities) {
}
