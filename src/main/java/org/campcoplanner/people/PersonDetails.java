package org.campcoplanner.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.ConsentMethod;
import org.campcoplanner.base.CredentialTypes;
import org.campcoplanner.planning.format.PersonKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * A person as a planner edits them. {@code id} is null for someone not stored yet; {@code version}
 * is the stored version the planner started from, so a save can tell whether someone else saved
 * meanwhile. The property names are also the column names of the people CSV file.
 */
public record PersonDetails(
        Long id,
        long version,
        @NotBlank @Size(max = 200) String name,
        @NotNull PersonKind kind,
        boolean youth,
        boolean experienced,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @NotNull List<@Valid @NotNull HeldCredential> credentials,
        @NotNull List<@NotBlank @Size(max = 60) String> skills,
        @NotNull List<@NotBlank @Size(max = 20) String> languages,
        @Pattern(regexp = CampPlan.LANGUAGE_TAG_PATTERN, message = "people.invalid.language-tag")
        String preferredLanguage,
        @Valid Consent guardianConsent,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") Double maxHoursPerDay,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("168") Double maxHoursPerWeek,
        @DecimalMin("0") @DecimalMax("48") Double minRestHours,
        @DecimalMin("0") @DecimalMax("168") Double pledgedHoursPerWeek,
        @NotNull List<@NotBlank @Size(max = 60) String> likes,
        @NotNull List<@NotBlank @Size(max = 60) String> dislikes,
        @NotNull List<@Valid @NotNull WeeklyHours> standardHours,
        @DecimalMin("0") @DecimalMax("168") Double maxHoursOutsideStandardPerWeek) {

    /** Language tags are written like fr-CA wherever they come from; case does not change a tag's meaning. */
    public PersonDetails {
        preferredLanguage = languageTag(preferredLanguage);
    }

    /** Someone new, with nothing filled in but their kind. */
    public static PersonDetails newPerson(PersonKind kind) {
        return new PersonDetails(null, 0, "", kind, false, false, null, null, List.of(), List.of(), List.of(),
                null, null, null, null, null, null, List.of(), List.of(), List.of(), null);
    }

    public boolean isNew() {
        return id == null;
    }

    /** A credential and the last day it is valid on; no date means it does not expire. */
    public record HeldCredential(@NotBlank @Size(max = 60) String type, LocalDate validUntil) {

        /** Types are written like FIRST_AID wherever they come from, so seats' requirements match them. */
        public HeldCredential {
            type = CredentialTypes.of(type);
        }
    }

    /**
     * A parent or guardian's consent for a youth to take part: the day it was given, who gave it and,
     * if known, how.
     */
    public record Consent(
            @NotNull(message = "people.consent.given-required") LocalDate given,
            @NotBlank(message = "people.consent.by-required")
            @Size(max = 200, message = "people.consent.by-too-long") String by,
            ConsentMethod method) {

        public Consent {
            by = by == null ? null : by.strip();
        }
    }

    static String languageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String[] parts = tag.strip().split("-", -1);
        return parts.length == 2 ? parts[0].toLowerCase(Locale.ROOT) + "-" + parts[1].toUpperCase(Locale.ROOT)
                : tag.strip().toLowerCase(Locale.ROOT);
    }

    /** A weekly stretch of standard working hours; {@code to <= from} ends on the next day. */
    public record WeeklyHours(@NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime to) {
    }
}
