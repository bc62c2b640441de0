package org.campcoplanner.impact;

import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.credits.CampCreditRecords;
import org.campcoplanner.impact.ImpactInputs.Participant;
import org.campcoplanner.people.EarlierCamps;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.reflections.Reflections;
import org.campcoplanner.signoff.PublishedRevisions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A camp's impact figures for its planners (admins read every camp's): gathered from attendance,
 * the published roster, reflections, spent credits and who people were in earlier camps.
 */
@Service
public class ImpactService {

    /** Longer periods than this are surely a typing slip, and would only be slow. */
    static final int LONGEST_PERIOD_DAYS = 3 * 366;

    private final CampPlanService campPlans;
    private final PublishedRevisions published;
    private final PersonDirectory directory;
    private final CampCreditRecords credits;
    private final Reflections reflections;
    private final EarlierCamps earlierCamps;
    private final Clock clock;

    ImpactService(CampPlanService campPlans, PublishedRevisions published, PersonDirectory directory,
                  CampCreditRecords credits, Reflections reflections, EarlierCamps earlierCamps, Clock clock) {
        this.campPlans = campPlans;
        this.published = published;
        this.directory = directory;
        this.credits = credits;
        this.reflections = reflections;
        this.earlierCamps = earlierCamps;
        this.clock = clock;
    }

    /**
     * The camp's name and the days of its published sessions (today when none); for a camp under way,
     * its first day to today.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CampPeriod period(long campId) {
        CampPlan plan = campPlans.planForChecks(campId);
        List<CampPlan.Session> sessions = publishedPlan(campId).map(CampPlan::sessions).orElse(plan.sessions());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(plan.camp().timeZone())));
        LocalDate first = sessions.stream().map(s -> s.start().toLocalDate()).min(Comparator.naturalOrder()).orElse(today);
        LocalDate last = sessions.stream().map(s -> s.start().toLocalDate()).max(Comparator.naturalOrder()).orElse(today);
        // a camp under way is reported so far: weeks ahead have seats but, as yet, no hours
        return new CampPeriod(plan.camp().name(), first, today.isBefore(first) || today.isAfter(last) ? last : today);
    }

    /** The days asked for, with the camp's own first or last day for one left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CampPeriod periodOr(long campId, LocalDate from, LocalDate to) {
        CampPeriod camp = period(campId);
        return new CampPeriod(camp.camp(), from == null ? camp.first() : from, to == null ? camp.last() : to);
    }

    /**
     * The figures of the days {@code from} to {@code to}, both included.
     *
     * @throws InvalidFormException naming {@code from} or {@code to}
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public ImpactFigures figures(long campId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return ImpactCalculator.figures(inputs(campId), from, to);
    }

    /** What the figures and exports are counted from; callers have checked the camp's access. */
    ImpactInputs inputs(long campId) {
        CampPlan current = campPlans.planForChecks(campId);
        ZoneId zone = ZoneId.of(current.camp().timeZone());
        List<PersonRef> refs = directory.ofCamp(campId);
        Map<String, CampPlan.Person> planPeople = current.people().stream()
                .collect(Collectors.toMap(CampPlan.Person::id, p -> p));
        Map<Long, Participant> people = new HashMap<>();
        Map<String, Long> planIds = new HashMap<>();
        for (PersonRef ref : refs) {
            planIds.put(ref.planId(), ref.id());
            CampPlan.Person person = planPeople.get(ref.planId());
            if (person != null) {
                people.put(ref.id(), new Participant(person.name(), person.kind().isResident(),
                        Boolean.TRUE.equals(person.youth())));
            }
        }
        Optional<CampPlan> roster = publishedPlan(campId);
        return new ImpactInputs(zone, LocalDateTime.now(clock.withZone(zone)), people, planIds,
                roster.map(CampPlan::sessions).orElse(List.of()), roster.map(CampPlan::assignments).orElse(List.of()),
                credits.attendanceOf(campId), credits.spentOf(campId), reflections.factsOf(campId),
                firstCameBefore(campId));
    }

    private Map<Long, LocalDateTime> firstCameBefore(long campId) {
        Map<Long, Set<Long>> earlier = earlierCamps.earlierSelvesOf(campId);
        Map<Long, LocalDateTime> first = credits.firstAttendanceOf(campId,
                earlier.values().stream().flatMap(Collection::stream).collect(Collectors.toSet()));
        Map<Long, LocalDateTime> firstByPerson = new HashMap<>();
        earlier.forEach((person, selves) -> selves.stream().map(first::get).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).ifPresent(moment -> firstByPerson.put(person, moment)));
        return firstByPerson;
    }

    Optional<CampPlan> publishedPlan(long campId) {
        return published.of(campId).map(PublishedRevisions.Published::plan);
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw invalid("from", "impact.problem.from-missing");
        }
        if (to == null) {
            throw invalid("to", "impact.problem.to-missing");
        }
        if (to.isBefore(from)) {
            throw invalid("to", "impact.problem.to-before-from");
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_PERIOD_DAYS) {
            throw invalid("to", "impact.problem.too-long", LONGEST_PERIOD_DAYS / 366);
        }
    }

    private static InvalidFormException invalid(String field, String key, Object... args) {
        return new InvalidFormException(List.of(InvalidFormException.FieldProblem.of(field, key, args)));
    }
}
