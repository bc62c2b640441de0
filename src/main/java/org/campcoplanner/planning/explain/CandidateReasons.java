package org.campcoplanner.planning.explain;

import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.CredentialNames;
import org.campcoplanner.planning.rules.RuleNames;
import org.campcoplanner.planning.rules.Wording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Why someone could never take a seat: the rules that hold whatever else the roster says (1, 3, 4 and consent). */
final class CandidateReasons {

    private CandidateReasons() {
    }

    static List<SeatCandidate.Reason> whyNot(SeatAssignment seat, Person person) {
        Session session = seat.getSession();
        List<SeatCandidate.Reason> reasons = new ArrayList<>();
        if (!person.isAvailableFor(session)) {
            reasons.add(new SeatCandidate.Reason(RuleNames.AVAILABILITY, person.unavailableBlocks().stream()
                    .filter(block -> block.overlaps(session.start(), session.end()))
                    .findFirst()
                    .map(block -> Text.of("planning.reason.away", Wording.when(block.start(), block.end())))
                    .orElse(Text.of("planning.reason.not-available", Wording.when(session.start(), session.end())))));
        }
        if (!seat.allowsKindOf(person)) {
            reasons.add(new SeatCandidate.Reason(RuleNames.KINDS, Text.of("planning.reason.kind",
                    Wording.kinds(seat.getAllowedKinds()), Wording.kind(person.kind()))));
        }
        for (String credential : seat.getRequiredCredentials().stream().sorted().toList()) {
            if (!person.holdsValid(credential, session)) {
                LocalDate until = person.validUntil(credential);
                reasons.add(new SeatCandidate.Reason(RuleNames.CREDENTIALS, person.holds(credential)
                        // the year too: a credential may have run out in an earlier year
                        ? Text.of("planning.reason.credential-expires", CredentialNames.text(credential), until,
                                until.getYear(), session.lastDay())
                        : Text.of("planning.reason.credential-not-held", CredentialNames.text(credential))));
            }
        }
        if (person.lacksGuardianConsentFor(session)) {
            reasons.add(new SeatCandidate.Reason(RuleNames.GUARDIAN_CONSENT, person.guardianConsentFrom().equals(LocalDate.MAX)
                    ? Text.of("planning.reason.no-consent")
                    : Text.of("planning.reason.consent-later", person.guardianConsentFrom())));
        }
        return reasons;
    }
}
