package org.campcoplanner.base;

import org.campcoplanner.planning.format.CredentialNames;

/**
 * The credential type for what a person typed or a file says: "Premiers soins", "first aid" and FIRST_AID are
 * all FIRST_AID, whichever language the page or the file is in, so a French planner's words match an English
 * planner's seats.
 */
public final class CredentialTypes {

    private CredentialTypes() {
    }

    public static String of(String typed) {
        return CredentialNames.type(typed,
                name -> Language.locales().stream().map(language -> Texts.standalone().say(name, language)).toList());
    }
}
