package org.campcoplanner.availability;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.camp.DatedWindow;
import org.campcoplanner.camp.Person;
import org.campcoplanner.camp.PersonRepository;
import org.campcoplanner.camp.SessionRepository;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.Availability;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads and saves when one person can be rostered, and previews which sessions an edited,
 * unsaved availability would let them take. A save based on a version someone else has since
 * changed is refused, so two planners never silently overwrite each other.
 */
@Service
public class AvailabilityService {

    private final PersonRepository people;
    private final SessionRepository sessions;
    private final AuditTrail audit;

    AvailabilityService(PersonRepository people, SessionRepository sessions, AuditTrail audit) {
        this.audit = audit;
        this.people = people;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlanPersonOf(#personId) or @campAccess.isSelf(#personId)")
    public PersonAvailability load(long personId) {
        return availabilityOf(person(personId));
    }

    /** The database id of the person a plan file calls {@code planId} in the camp. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public long personId(long campId, String planId) {
        return people.findByCampAndExternalId(campId, planId)
                .orElseThrow(() -> new PersonNotFoundException(planId + " in camp " + campId)).getId();
    }

    /**
     * Saves the edited windows and returns the availability as now stored, with its new version.
     *
     * @throws InvalidAvailabilityException naming every field to fix
     * @throws AvailabilityChangedMeanwhileException when someone else saved this person since {@code edited} was read
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlanPersonOf(#edited.personId()) or @campAccess.isSelf(#edited.personId())")
    public PersonAvailability save(PersonAvailability edited) {
        List<InvalidFormException.FieldProblem> problems = AvailabilityCheck.problems(edited);
        if (!problems.isEmpty()) {
            throw new InvalidAvailabilityException(problems);
        }
        Person person = person(edited.personId());
        if (person.getVersion() != edited.version()) {
            throw new AvailabilityChangedMeanwhileException(person.getName());
        }
        audit.record(person.getCamp().getId(), AuditAction.AVAILABILITY_CHANGED,
                "Availability of " + person.getName(), null, edited.weekly().size() + " weekly windows, "
                        + edited.dated().size() + " dated windows, " + edited.unavailable().size() + " times away");
        replace(person.getWeeklyAvailability(), edited.weekly());
        replace(person.getDatedAvailability(), edited.dated());
        replace(person.getUnavailable(), edited.unavailable());
        try {
            return availabilityOf(people.saveAndFlush(person));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new AvailabilityChangedMeanwhileException(person.getName());
        }
    }

    /** Adds time away to a person, e.g. the session they said they can't make. */
    @Transactional
    @PreAuthorize("@campAccess.canPlanPersonOf(#personId)")
    public void addTimeAway(long personId, LocalDateTime start, LocalDateTime end, String why) {
        Person person = person(personId);
        DatedWindow away = new DatedWindow(start, end);
        if (!person.getUnavailable().contains(away)) {
            person.getUnavailable().add(away);
            audit.record(person.getCamp().getId(), AuditAction.AVAILABILITY_CHANGED,
                    "Availability of " + person.getName(), null, "away " + DateStyle.when(start, end, DateStyle.UNTRANSLATED) + ": " + why);
        }
    }

    /**
     * The camp's sessions that the edited availability covers, by rule 1 alone; windows that are
     * not valid yet are left out rather than refused, so the preview can follow every edit. For
     * planners only: the draft's sessions are not the volunteers' to see.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlanPersonOf(#edited.personId())")
    public List<PossibleSession> preview(PersonAvailability edited) {
        List<CampPlan.WeeklyWindow> weekly = edited.weekly().stream()
                .filter(w -> w.day() != null && w.from() != null && w.to() != null)
                .map(w -> new CampPlan.WeeklyWindow(w.day(), w.from(), w.to())).toList();
        List<CampPlan.Interval> dated = intervals(edited.dated());
        List<CampPlan.Interval> unavailable = intervals(edited.unavailable());
        // the person's own camp, whatever camp the caller names
        long campId = person(edited.personId()).getCamp().getId();
        return sessions.findByCampWithSite(campId).stream()
                .filter(s -> Availability.covers(weekly, dated, unavailable, s.getStartAt(), s.getEndAt()))
                .map(s -> new PossibleSession(s.getId(), s.getTitle(), s.getStartAt(), s.getEndAt(), s.getSite().getName()))
                .toList();
    }

    private Person person(long personId) {
        return people.findById(personId).orElseThrow(() -> new PersonNotFoundException("with id " + personId));
    }

    private static PersonAvailability availabilityOf(Person person) {
        return new PersonAvailability(person.getId(), person.getCamp().getId(), person.getName(),
                ZoneId.of(person.getCamp().getTimeZone()), person.getWeeklyAvailability(),
                person.getDatedAvailability(), person.getUnavailable(), person.getVersion());
    }

    private static List<CampPlan.Interval> intervals(List<DatedWindow> windows) {
        return windows.stream().filter(w -> AvailabilityCheck.problemWith(w.start(), w.end()).isEmpty())
                .map(w -> new CampPlan.Interval(w.start(), w.end())).toList();
    }

    private static <T> void replace(List<T> stored, List<T> edited) {
        stored.clear();
        stored.addAll(edited);
    }
}
