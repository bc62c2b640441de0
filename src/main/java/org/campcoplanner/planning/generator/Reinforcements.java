package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Availability;
import org.campcoplanner.planning.format.CampPlan.Credential;
import org.campcoplanner.planning.format.CampPlan.WeeklyWindow;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.generator.Identities.Identity;
import org.campcoplanner.planning.generator.Interests.Interest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a camp lacks where a planting left seats empty. For each such seat: an adult who is
 * free then and allowed in the seat gets the credentials it asks for (a first-aid course, a
 * police check, a renewed lifeguard award); when nobody is free, a new resident joins who comes
 * at that time every week, with those credentials.
 */
final class Reinforcements {

    private static final double RECRUITS_EXPERIENCED = 0.5;

    private final Credentials credentials;
    private final Interests interests;
    private final Chance chance;

    Reinforcements(CampCalendar calendar, Chance chance) {
        this.chance = chance;
        this.credentials = new Credentials(calendar, chance.split());
        this.interests = new Interests(chance.split());
    }

    CampPlan reinforce(Planting planting) {
        CampPlan plan = planting.plan();
        Map<String, Set<String>> grants = new HashMap<>();
        List<CampPlan.Person> recruits = new ArrayList<>();
        Identities identities = new Identities(chance.split(), plan.people());
        for (SeatAssignment seat : planting.unfilled()) {
            Session session = seat.getSession();
            Person free = planting.leastBusy(session, planting.roster().getPeople(), person -> person.isAdult()
                    && person.isAvailableFor(session) && seat.allowsKindOf(person));
            if (free != null) {
                grants.computeIfAbsent(free.id(), id -> new LinkedHashSet<>()).addAll(lacking(seat, free, planting));
                planting.seat(seat, free);
            } else {
                recruits.add(recruit(seat, identities.next(), "p" + (plan.people().size() + recruits.size() + 1)));
            }
        }
        List<CampPlan.Person> people = new ArrayList<>();
        for (CampPlan.Person person : plan.people()) {
            Set<String> granted = grants.get(person.id());
            people.add(granted == null ? person : withCredentials(person, granted));
        }
        people.addAll(recruits);
        return plan.withPeople(people);
    }

    /** The seat's credentials the person lacks, and a police check if the session has no checked adult yet. */
    private static Set<String> lacking(SeatAssignment seat, Person person, Planting planting) {
        Set<String> lacking = new LinkedHashSet<>();
        for (String credential : seat.getRequiredCredentials()) {
            if (!person.holdsValid(credential, seat.getSession())) {
                lacking.add(credential);
            }
        }
        if (!planting.hasCheckedAdult(seat.getSession()) && !person.isCheckedAdultFor(seat.getSession())) {
            lacking.add(Person.VULNERABLE_SECTOR_CHECK);
        }
        return lacking;
    }

    /** A credential held but lapsing is renewed rather than held twice. */
    private CampPlan.Person withCredentials(CampPlan.Person person, Set<String> granted) {
        List<Credential> held = new ArrayList<>();
        for (Credential credential : orEmpty(person.credentials())) {
            if (!granted.contains(credential.type())) {
                held.add(credential);
            }
        }
        granted.forEach(type -> held.add(credentials.valid(type)));
        return new CampPlan.Person(person.id(), person.name(), person.kind(), person.youth(), person.experienced(),
                person.email(), person.phone(), held, person.skills(), person.languages(), person.preferredLanguage(),
                person.guardianConsent(), person.maxHoursPerDay(),
                person.maxHoursPerWeek(), person.minRestHours(), person.pledgedHoursPerWeek(), person.likes(),
                person.dislikes(), person.availability(), person.standardHours(),
                person.maxHoursOutsideStandardPerWeek());
    }

    /** Someone who joins for this slot of the week: residents where the seat allows them. */
    private CampPlan.Person recruit(SeatAssignment seat, Identity who, String id) {
        Session session = seat.getSession();
        PersonKind kind = List.of(PersonKind.VOLUNTEER, PersonKind.LEADER, PersonKind.STAFF).stream()
                .filter(k -> seat.getAllowedKinds().isEmpty() || seat.getAllowedKinds().contains(k))
                .findFirst().orElseThrow();
        Set<String> types = new LinkedHashSet<>(seat.getRequiredCredentials());
        types.add(Person.VULNERABLE_SECTOR_CHECK);
        List<Credential> held = types.stream().map(credentials::valid).toList();
        double hours = Math.ceil(session.durationMinutes() / 60.0);
        boolean staff = kind == PersonKind.STAFF;
        Availability slot = new Availability(List.of(new WeeklyWindow(session.start().getDayOfWeek(),
                session.start().toLocalTime(), session.end().toLocalTime())), List.of(), List.of());
        Interest interest = interests.of(session.activity());
        return new CampPlan.Person(id, who.name(), kind, false, chance.of(RECRUITS_EXPERIENCED), who.email(),
                who.phone(), held, interest.skills(), who.languages(), null, null, hours, hours,
                staff ? PeopleGenerator.STAFF_MIN_REST_HOURS : null, staff ? null : hours, interest.likes(),
                interest.dislikes(), slot, null, staff ? hours : null);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
