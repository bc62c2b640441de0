package org.campcoplanner.roster;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.PlainNames;
import org.campcoplanner.camp.Assignment;
import org.campcoplanner.camp.AssignmentRepository;
import org.campcoplanner.camp.Person;
import org.campcoplanner.camp.PersonRepository;
import org.campcoplanner.camp.Seat;
import org.campcoplanner.planning.format.CampPlan;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The camp's draft roster: who sits in which seat. Planners change it by hand; the solver's
 * result is saved into it without overwriting anything a planner changed meanwhile.
 */
@Service
public class DraftRosterService {

    private final SeatRepository seats;
    private final AssignmentRepository assignments;
    private final PersonRepository people;
    private final AuditTrail audit;

    DraftRosterService(SeatRepository seats, AssignmentRepository assignments, PersonRepository people,
                       AuditTrail audit) {
        this.audit = audit;
        this.seats = seats;
        this.assignments = assignments;
        this.people = people;
    }

    /** Every seat of the camp as it stands now. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Map<SeatKey, SeatState> snapshot(long campId) {
        Map<Seat, Assignment> bySeat = assignmentsBySeat(campId);
        Map<SeatKey, SeatState> states = new HashMap<>();
        for (Seat seat : seats.findByCamp(campId)) {
            states.put(SeatKey.of(seat), SeatState.of(bySeat.get(seat)));
        }
        return states;
    }

    /**
     * Saves a solved roster. A seat whose state differs from {@code baseline} (what it was when
     * solving started) was changed by a planner meanwhile: it keeps the planner's change and the
     * solver's suggestion for it is dropped. Pinned seats are never touched.
     *
     * @param how how the solve was run, for the audit trail, e.g. "keeping the published roster (revision 2) as far
     *            as possible"
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public SolvedRosterSave saveSolved(long campId, Map<SeatKey, SeatState> baseline, List<CampPlan.Assignment> solved,
                                       String how) {
        SolvedRosterSave save = apply(campId, baseline, solved, false, "by the solver");
        audit.record(campId, AuditAction.SOLVER_RESULT_SAVED, "Solved roster saved, " + how, null,
                save.changedSeats() + " seats changed, " + save.keptPlannerEdits().size() + " planners' edits kept");
        return save;
    }

    /**
     * Saves a re-planned roster after a withdrawal: like {@link #saveSolved}, but pinned seats
     * change too, since the re-plan decided on them knowing their pins.
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public SolvedRosterSave saveReplanned(long campId, Map<SeatKey, SeatState> baseline,
                                          List<CampPlan.Assignment> replanned) {
        return apply(campId, baseline, replanned, true, "re-planned after a withdrawal");
    }

    private SolvedRosterSave apply(long campId, Map<SeatKey, SeatState> baseline, List<CampPlan.Assignment> proposed,
                                   boolean changesPinnedSeats, String how) {
        Map<Seat, Assignment> bySeat = assignmentsBySeat(campId);
        Map<SeatKey, Seat> seatByKey = seats.findByCamp(campId).stream()
                .collect(Collectors.toMap(SeatKey::of, Function.identity()));
        Map<String, Person> personById = people.findByCamp(campId).stream()
                .collect(Collectors.toMap(Person::getExternalId, Function.identity()));
        int changed = 0;
        List<SeatKey> kept = new ArrayList<>();
        for (CampPlan.Assignment suggestion : proposed) {
            SeatKey key = new SeatKey(suggestion.session(), suggestion.role(), suggestion.index());
            Seat seat = seatByKey.get(key);
            if (seat == null) {
                // a planner removed the seat meanwhile
                continue;
            }
            Assignment current = bySeat.get(seat);
            SeatState now = SeatState.of(current);
            if (!now.equals(baseline.getOrDefault(key, SeatState.NEVER_ASSIGNED))) {
                kept.add(key);
                continue;
            }
            if ((now.pinned() && !changesPinnedSeats) || Objects.equals(now.person(), suggestion.person())) {
                continue;
            }
            Person person = suggestion.person() == null ? null : personById.get(suggestion.person());
            audit.record(campId, AuditAction.SEAT_CHANGED, inWords(seat) + " " + how,
                    nameOf(current == null ? null : current.getPerson()), nameOf(person));
            if (current == null) {
                assignments.save(new Assignment(seat, person, false));
            } else {
                current.setPerson(person);
            }
            changed++;
        }
        return new SolvedRosterSave(changed, kept);
    }

    /**
     * A planner's hand edit of one seat. {@code expectedVersion} is the version the planner saw
     * (-1 for a seat never assigned); a newer change by someone else makes the edit fail with
     * {@link SeatChangedMeanwhileException} instead of silently overwriting it.
     *
     * @throws InvalidFormException naming {@code person} for a youth without the guardian's consent the camp asks for
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public SeatState assign(long campId, SeatKey key, String personId, boolean pinned, long expectedVersion) {
        Seat seat = seats.findByCamp(campId).stream().filter(s -> SeatKey.of(s).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no seat " + key + " in camp " + campId));
        Person person = personId == null ? null : people.findByCampAndExternalId(campId, personId)
                .orElseThrow(() -> new IllegalArgumentException("There is no person " + personId + " in camp " + campId));
        refuseWithoutGuardianConsent(seat, person);
        Assignment current = assignmentsBySeat(campId).get(seat);
        SeatState now = SeatState.of(current);
        if (now.version() != expectedVersion) {
            throw new SeatChangedMeanwhileException(PlainNames.seatText(seat.getRole(), seat.getRoleIndex(),
                    seat.getSession().getTitle(), seat.getSession().getStartAt()), PlainNames.personText(nameOf(current)), now);
        }
        audit.record(campId, AuditAction.SEAT_CHANGED, inWords(seat),
                describe(current == null ? null : current.getPerson(), now.pinned()), describe(person, pinned));
        if (current == null) {
            current = assignments.save(new Assignment(seat, person, pinned));
        } else {
            current.setPerson(person);
            current.setPinned(pinned);
        }
        assignments.flush();
        return SeatState.of(current);
    }

    /**
     * Puts a person into a seat that is empty in the draft, for a volunteer's offer the camp takes by
     * its standing rule (no planner signed in). Not access-checked: the caller decided the offer stands.
     *
     * @return false when the seat is not empty in the draft (a planner filled it meanwhile)
     */
    @Transactional
    public boolean takeEmptySeat(long campId, SeatKey key, String personId, String how) {
        Seat seat = seats.findByCamp(campId).stream().filter(s -> SeatKey.of(s).equals(key)).findFirst().orElse(null);
        Person person = people.findByCampAndExternalId(campId, personId).orElse(null);
        if (seat == null || person == null) {
            return false;
        }
        Assignment current = assignmentsBySeat(campId).get(seat);
        if (current != null && current.getPerson() != null) {
            return false;
        }
        audit.record(campId, AuditAction.SEAT_CHANGED, inWords(seat) + " " + how, nameOf((Person) null), nameOf(person));
        if (current == null) {
            assignments.save(new Assignment(seat, person, false));
        } else {
            current.setPerson(person);
        }
        assignments.flush();
        return true;
    }

    /**
     * A youth sits in a seat only with a guardian's consent given by the session's first day, where the
     * camp's rules ask for it: unlike the other hard rules, no planner may knowingly break it by hand.
     */
    private static void refuseWithoutGuardianConsent(Seat seat, Person person) {
        if (person == null || !person.isYouth() || !seat.getSession().getCamp().isYouthNeedGuardianConsent()) {
            return;
        }
        LocalDate firstDay = seat.getSession().getStartAt().toLocalDate();
        if (person.getGuardianConsent() == null || person.getGuardianConsent().given().isAfter(firstDay)) {
            throw new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("person",
                    "roster.problem.no-consent", person.getName(), firstDay)));
        }
    }

    /** "Helper 2 in Arts & crafts, Tue. 7 Jul. 10:00" */
    private static String inWords(Seat seat) {
        return PlainNames.seat(seat.getRole(), seat.getRoleIndex(), seat.getSession().getTitle(),
                seat.getSession().getStartAt());
    }

    private static String nameOf(Assignment assignment) {
        return assignment == null || assignment.getPerson() == null ? null : assignment.getPerson().getName();
    }

    private static String nameOf(Person person) {
        return person == null ? "(empty)" : person.getName();
    }

    private static String describe(Person person, boolean pinned) {
        return nameOf(person) + (pinned ? ", pinned" : "");
    }

    private Map<Seat, Assignment> assignmentsBySeat(long campId) {
        return assignments.findByCamp(campId).stream().collect(Collectors.toMap(Assignment::getSeat, Function.identity()));
    }
}
