package org.campcoplanner.people;

import org.campcoplanner.camp.Person;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.format.PersonKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * Which people of a camp a planner wants to see. A null kind or name and an unticked box mean
 * "no matter".
 *
 * @param credentialMissingOrExpiring only people lacking first aid or a vulnerable sector check,
 *                                    or holding a credential that runs out before the camp ends
 * @param consentMissing              only youth without a guardian's consent given by the camp's first day
 * @param evenings                    only people with a weekly window after 18:00, from 17:00 on, or over midnight
 * @param weekends                    only people with a weekly window on Saturday or Sunday
 */
public record PeopleFilter(PersonKind kind, boolean youthOnly, boolean credentialMissingOrExpiring,
                           boolean consentMissing, boolean evenings, boolean weekends, String name) {

    /** Credentials every adult working with children is expected to hold. */
    static final List<String> EXPECTED_CREDENTIALS = List.of("FIRST_AID", "VULNERABLE_SECTOR_CHECK");

    private static final LocalTime EVENING_STARTS = LocalTime.of(17, 0);
    private static final LocalTime DAYTIME_ENDS = LocalTime.of(18, 0);

    public static PeopleFilter everyone() {
        return new PeopleFilter(null, false, false, false, false, false, null);
    }

    boolean matches(Person person, LocalDate campStart, LocalDate campEnd) {
        return (kind == null || person.getKind() == kind)
                && (!youthOnly || person.isYouth())
                && (!credentialMissingOrExpiring || credentialMissingOrExpiring(person, campEnd))
                && (!consentMissing || consentMissing(person, campStart))
                && (!evenings || person.getWeeklyAvailability().stream().anyMatch(PeopleFilter::inTheEvening))
                && (!weekends || person.getWeeklyAvailability().stream().anyMatch(PeopleFilter::onAWeekend))
                && (name == null || name.isBlank() || lowerCase(person.getName()).contains(lowerCase(name.strip())));
    }

    static boolean credentialMissingOrExpiring(Person person, LocalDate campEnd) {
        boolean missing = EXPECTED_CREDENTIALS.stream()
                .anyMatch(type -> person.getCredentials().stream().noneMatch(c -> c.type().equals(type)));
        boolean expiring = person.getCredentials().stream()
                .anyMatch(c -> c.validUntil() != null && c.validUntil().isBefore(campEnd));
        return missing || expiring;
    }

    /** A youth whose guardian's consent is not on file, or counts only from after the camp's first day. */
    static boolean consentMissing(Person person, LocalDate campStart) {
        return person.isYouth() && (person.getGuardianConsent() == null || person.getGuardianConsent().given().isAfter(campStart));
    }

    private static boolean inTheEvening(WeeklyWindow window) {
        return window.endsNextDay() || window.to().isAfter(DAYTIME_ENDS) || !window.from().isBefore(EVENING_STARTS);
    }

    private static boolean onAWeekend(WeeklyWindow window) {
        return window.day() == DayOfWeek.SATURDAY || window.day() == DayOfWeek.SUNDAY;
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
