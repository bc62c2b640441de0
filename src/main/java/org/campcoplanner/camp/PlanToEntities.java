package org.campcoplanner.camp;

import org.campcoplanner.planning.format.CampPlan;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a validated camp plan into new entities; the plan's ids become external ids. */
final class PlanToEntities {

    private final Map<String, Site> sitesById = new HashMap<>();
    private final Map<String, Person> peopleById = new HashMap<>();
    private final Map<String, Session> sessionsById = new HashMap<>();

    record Result(Camp camp, List<Assignment> assignments) {
    }

    Result map(CampPlan plan, Instant now) {
        Camp camp = mapCamp(plan.camp(), now);
        plan.sites().forEach(site -> sitesById.put(site.id(), camp.addSite(site.id(), site.name(), site.address())));
        plan.people().forEach(person -> peopleById.put(person.id(), mapPerson(camp, person)));
        plan.sessions().forEach(session -> sessionsById.put(session.id(), mapSession(camp, session)));
        List<Assignment> assignments = plan.assignments().stream().map(this::mapAssignment).toList();
        return new Result(camp, assignments);
    }

    private static Camp mapCamp(CampPlan.Camp source, Instant now) {
        Camp camp = new Camp(source.name(), source.startDate(), source.endDate(),
                Optional.ofNullable(source.timeZone()).orElse(CampPlan.DEFAULT_TIME_ZONE), now);
        camp.setNeighbourhood(source.neighbourhood());
        CampPlan.Rules rules = source.rules();
        Map<String, Integer> ratios = rules == null || rules.childrenPerAdult() == null
                ? Map.of(CampPlan.DEFAULT_AGE_GROUP, CampPlan.DEFAULT_CHILDREN_PER_ADULT)
                : rules.childrenPerAdult();
        camp.getChildrenPerAdult().putAll(ratios);
        camp.setTravelMinutesBetweenSites(rules == null || rules.travelMinutesBetweenSites() == null
                ? CampPlan.DEFAULT_TRAVEL_MINUTES : rules.travelMinutesBetweenSites());
        camp.setYouthNeedGuardianConsent(rules != null && Boolean.TRUE.equals(rules.youthNeedGuardianConsent()));
        if (rules != null && rules.weights() != null) {
            CampPlan.Weights w = rules.weights();
            camp.setWeights(new SoftRuleWeights(w.fairness(), w.staffOutsideStandardHours(), w.coDelivery(),
                    w.peerSupport(), w.continuity(), w.preferences(), w.stability()));
        }
        return camp;
    }

    private static Person mapPerson(Camp camp, CampPlan.Person source) {
        Person person = camp.addPerson(source.id(), source.name(), source.kind());
        person.setYouth(Boolean.TRUE.equals(source.youth()));
        person.setExperienced(Boolean.TRUE.equals(source.experienced()));
        person.setEmail(source.email());
        person.setPhone(source.phone());
        person.setPreferredLanguage(source.preferredLanguage());
        CampPlan.GuardianConsent consent = source.guardianConsent();
        person.setGuardianConsent(consent == null ? null
                : new GuardianConsent(consent.given(), consent.by(), consent.method()));
        person.setMaxHoursPerDay(source.maxHoursPerDay());
        person.setMaxHoursPerWeek(source.maxHoursPerWeek());
        person.setMinRestHours(source.minRestHours());
        person.setPledgedHoursPerWeek(source.pledgedHoursPerWeek());
        person.setMaxHoursOutsideStandardPerWeek(source.maxHoursOutsideStandardPerWeek());
        orEmpty(source.credentials()).forEach(c -> person.getCredentials().add(new Credential(c.type(), c.validUntil())));
        person.getSkills().addAll(orEmpty(source.skills()));
        person.getLanguages().addAll(orEmpty(source.languages()));
        person.getLikes().addAll(orEmpty(source.likes()));
        person.getDislikes().addAll(orEmpty(source.dislikes()));
        CampPlan.Availability availability = source.availability();
        if (availability != null) {
            orEmpty(availability.weekly()).forEach(w -> person.getWeeklyAvailability().add(weekly(w)));
            orEmpty(availability.dates()).forEach(i -> person.getDatedAvailability().add(new DatedWindow(i.start(), i.end())));
            orEmpty(availability.unavailable()).forEach(i -> person.getUnavailable().add(new DatedWindow(i.start(), i.end())));
        }
        orEmpty(source.standardHours()).forEach(w -> person.getStandardHours().add(weekly(w)));
        return person;
    }

    private Session mapSession(Camp camp, CampPlan.Session source) {
        Session session = camp.addSession(source.id(), source.title(), sitesById.get(source.site()),
                source.start(), source.end());
        session.setActivity(source.activity());
        session.setSeriesKey(source.series());
        session.setChildren(source.children() == null ? 0 : source.children());
        session.setAgeGroup(source.ageGroup());
        for (CampPlan.SeatGroup group : source.seats()) {
            int count = group.count() == null ? 1 : group.count();
            for (int i = 0; i < count; i++) {
                Seat seat = session.addSeat(group.role(),
                        group.priority() == null ? CampPlan.DEFAULT_SEAT_PRIORITY : group.priority());
                seat.getRequiredCredentials().addAll(orEmpty(group.requires()));
                seat.getAllowedKinds().addAll(orEmpty(group.kinds()));
            }
        }
        return session;
    }

    private Assignment mapAssignment(CampPlan.Assignment source) {
        Seat seat = sessionsById.get(source.session()).getSeats().stream()
                .filter(s -> s.getRole().equals(source.role()) && s.getRoleIndex() == source.index())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("A validated assignment names no seat"));
        Person person = source.person() == null ? null : peopleById.get(source.person());
        return new Assignment(seat, person, source.pinned());
    }

    private static WeeklyWindow weekly(CampPlan.WeeklyWindow window) {
        return new WeeklyWindow(window.day(), window.from(), window.to());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
