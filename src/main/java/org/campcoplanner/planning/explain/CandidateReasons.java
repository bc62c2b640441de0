package org.campcoplanner.planning.explain;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.domain.TimeBlock;
import org.campcoplanner.planning.format.CredentialNames;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why someone could never take a seat: the rules that hold whatever else the roster says (1, 3, 4). */
final class CandidateReasons {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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
                    .orElse("unavailable: not available " + DAY.format(session.start()) + " "
                            + TIME.format(session.start()) + "-" + TIME.format(session.end())));
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
                                + DAY.format(person.validUntil(credential)) + ", before " + DAY.format(session.lastDay())
                        : "credential: does not hold " + CredentialNames.name(credential));
            }
        }
        return reasons;
    }

    private static String span(TimeBlock block) {
        return DAY.format(block.start()) + " " + TIME.format(block.start()) + " to " + DAY.format(block.end()) + " "
                + TIME.format(block.end());
    }
}
