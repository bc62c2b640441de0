package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Hands out distinct names with matching e-mail addresses, phone numbers and languages. */
final class Identities {

    record Identity(String name, String email, String phone, List<String> languages) {
    }

    private static final double SAME_ORIGIN_FAMILY_NAME = 0.85;

    private final Chance chance;
    private final List<Names.Origin> weightedOrigins = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    Identities(Chance chance) {
        this.chance = chance;
        Names.ORIGINS.forEach(origin -> weightedOrigins.addAll(Collections.nCopies(origin.weight(), origin)));
    }

    /** Hands out identities none of {@code taken} has already. */
    Identities(Chance chance, List<CampPlan.Person> taken) {
        this(chance);
        for (CampPlan.Person person : taken) {
            names.add(person.name());
            emails.add(person.email());
            phones.add(person.phone());
        }
    }

    Identity next() {
        Names.Origin origin = chance.pick(weightedOrigins);
        String given;
        String family;
        do {
            Names.Origin familyOrigin = chance.of(SAME_ORIGIN_FAMILY_NAME) ? origin : chance.pick(weightedOrigins);
            given = chance.pick(origin.given());
            family = chance.pick(familyOrigin.family());
        } while (!names.add(given + " " + family));
        return new Identity(given + " " + family, email(given, family), phone(), languages(origin));
    }

    /** firstname.lastname, without accents or spaces: Siu Ming Dela Cruz is siuming.delacruz. */
    private String email(String given, String family) {
        String local = plain(given) + "." + plain(family);
        String email = local + "@example.org";
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@example.org";
        }
        return email;
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
    }

    private String phone() {
        String phone;
        do {
            phone = String.format(Locale.ROOT, "519-555-%04d", chance.between(0, 9999));
        } while (!phones.add(phone));
        return phone;
    }

    private List<String> languages(Names.Origin origin) {
        List<String> languages = new ArrayList<>(List.of("English"));
        if (origin.language() != null && chance.of(0.7)) {
            languages.add(origin.language());
        }
        if (!languages.contains("French") && chance.of(0.12)) {
            languages.add("French");
        }
        return languages;
    }
}
