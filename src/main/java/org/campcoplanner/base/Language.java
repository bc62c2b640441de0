package org.campcoplanner.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the app speaks. Each has a message file per feature under {@code i18n/}
 * ({@code roster.properties}, {@code roster_fr.properties}, ...): adding a language is one more
 * constant and one more file beside each.
 */
public enum Language {
    ENGLISH("en", "English"),
    FRENCH("fr", "Français");

    private final String tag;
    private final String ownName;

    Language(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** The language tag as plans, accounts and people store it (BCP 47, e.g. {@code fr}). */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a stored tag such as {@code fr} or {@code fr-CA}; empty for none or one the app does not speak. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.strip()).getLanguage();
        return Arrays.stream(values()).filter(language -> language.tag.equals(primary)).findFirst();
    }

    /** The language of a locale, English for one the app does not speak. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : ofTag(locale.toLanguageTag()).orElse(ENGLISH);
    }

    /** The first of the reader's languages (say, a browser's Accept-Language) the app speaks; English otherwise. */
    public static Language firstSpoken(List<Locale> wanted) {
        return wanted.stream().map(Locale::toLanguageTag).map(Language::ofTag).flatMap(Optional::stream).findFirst()
                .orElse(ENGLISH);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }
}
