package org.campcoplanner.planning.format;

import org.campcoplanner.planning.Text;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What people read for a credential type. Plan files, CSV files and the API keep the type
 * ({@code FIRST_AID}), so seats' requirements match what people hold; pages, messages and rule
 * sentences show its name ("First aid"). The one place that names credentials: {@link #text} is
 * the name as a key of {@code i18n/planning.properties}, {@code planning.credential.FIRST_AID}, said
 * in the reader's language; {@link #name} is the English fallback where no language is known.
 */
public final class CredentialNames {

    private static final Map<String, String> NAMES = names();

    private CredentialNames() {
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("VULNERABLE_SECTOR_CHECK", "Police check (vulnerable sector)");
        names.put("FIRST_AID", "First aid");
        names.put("LIFEGUARD", "Lifeguard");
        names.put("CPR", "CPR");
        return names;
    }

    /** "First aid" for FIRST_AID; a type of a camp's own, such as BOAT_LICENCE, reads "Boat licence". */
    public static String name(String type) {
        if (type == null || type.isBlank()) {
            return "";
        }
        String known = NAMES.get(type);
        if (known != null) {
            return known;
        }
        String words = type.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The name in the reader's language: {@code planning.credential.FIRST_AID} for a known type; a
     * type of a camp's own is the camp's word for it in every language ("Boat licence").
     */
    public static Text text(String type) {
        if (type != null && NAMES.containsKey(type)) {
            return Text.of("planning.credential." + type);
        }
        return Text.of("planning.credential.own", name(type));
    }

    /** "First aid, Lifeguard" */
    public static String names(Collection<String> types) {
        return types.stream().map(CredentialNames::name).collect(Collectors.joining(", "));
    }

    /**
     * The type for what a person typed or picked: a credential's name in any case ("first aid",
     * "Police check (vulnerable sector)") or a type itself; other words become a type of their own
     * ("Boat licence" is BOAT_LICENCE).
     */
    public static String type(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        for (Map.Entry<String, String> known : NAMES.entrySet()) {
            if (known.getValue().equalsIgnoreCase(text)) {
                return known.getKey();
            }
        }
        return text.toUpperCase(Locale.ROOT).replace(' ', '_');
    }
}
