package org.campcoplanner.planning.format;

import org.campcoplanner.planning.Text;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What people read for a credential type. Plan files, CSV files and the API keep the type
 * ({@code FIRST_AID}), so seats' requirements match what people hold; pages, messages and rule
 * sentences show its name ("First aid"). The one place that names credentials: {@link #text} is
 * the name as a key of {@code i18n/planning.properties}, {@code planning.credential.FIRST_AID}, said
 * in the reader's language; a type of a camp's own reads as its words in every language.
 */
public final class CredentialNames {

    /** The types every camp knows, named in the message files. */
    public static final List<String> KNOWN = List.of("VULNERABLE_SECTOR_CHECK", "FIRST_AID", "LIFEGUARD", "CPR");

    private CredentialNames() {
    }

    /**
     * The name in the reader's language: {@code planning.credential.FIRST_AID} for a known type; a
     * type of a camp's own is the camp's word for it in every language ("Boat licence" for BOAT_LICENCE).
     */
    public static Text text(String type) {
        if (type != null && KNOWN.contains(type)) {
            return Text.of("planning.credential." + type);
        }
        return Text.of("planning.credential.own", ownWords(type));
    }

    private static String ownWords(String type) {
        if (type == null || type.isBlank()) {
            return "";
        }
        String words = type.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The type for what a person typed or picked: a known credential's name in any language and any
     * case (as {@code names} says them: "first aid", "Premiers soins") or a type itself; other words
     * become a type of their own ("Boat licence" is BOAT_LICENCE).
     */
    public static String type(String typed, Function<Text, Collection<String>> names) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        for (String known : KNOWN) {
            if (known.equalsIgnoreCase(text) || names.apply(text(known)).stream().anyMatch(text::equalsIgnoreCase)) {
                return known;
            }
        }
        return text.toUpperCase(Locale.ROOT).replace(' ', '_');
    }
}
