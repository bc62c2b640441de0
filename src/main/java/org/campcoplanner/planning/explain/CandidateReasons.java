package org.campcoplanner.planning.explain;

import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.domain.TimeBlock;
import org.campcoplanner.planning.format.CredentialNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why someone could never take a seat: the rules that hold whatever else the roster says (1, 3, 4). */
final class CandidateReasons {

    private CandidateReasons() {
    }

    static List<String> whyNot(SeatAssignment seat, Person person) {
        Session session = seat.getSession();
        List<String> reasons = new ArrayList<>();
        if (!person.isAvailableFor(session)) {
            reasons.add(person.unavailableBlocks().stream()
                    .filter(block -> block.overlaps(session.start(), session.end()))
                    .findFirst()
                    .map(block -> "unavailable: away " + span(block))
                    .orElse("unavailable: not available " + DateStyle.when(session.start(), session.end(),
                            DateStyle.UNTRANSLATED)));
        }
        if (!seat.allowsKindOf(person)) {
            reasons.add("kind: the seat is for " + seat.getAllowedKinds().stream()
                    .map(kind -> kind.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(" or "))
                    + ", not " + person.kind().name().toLowerCase(Locale.ROOT));
        }
        for (String credential : seat.getRequiredCredentials().stream().sorted().toList()) {
            if (!person.holdsValid(credential, session)) {
                reasons.add(person.holds(credential)
                        ? "credential: " + CredentialNames.name(credential) + " expires "
                                + DateStyle.dayInYear(person.validUntil(credential), DateStyle.UNTRANSLATED)
                                + ", before " + day(session.lastDay())
                        : "credential: does not hold " + CredentialNames.name(credential));
            }
        }
        return reasons;
    }

    private static String span(TimeBlock block) {
        return DateStyle.when(block.start(), block.end(), DateStyle.UNTRANSLATED);
    }

    private static String day(LocalDate day) {
        return DateStyle.day(day, DateStyle.UNTRANSLATED);
    }
}
