package org.campcoplanner.people;

import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each person keeps their own emergency contact; the planners of their camp read it only for a session
 * that has not ended, the moment a site lead may need it, and never in an export or a past list.
 */
@Service
public class EmergencyContacts {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{7,40}");

    private final PersonDirectory directory;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EmergencyContacts(PersonDirectory directory, JdbcTemplate jdbc, Clock clock) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the signed-in account is a person of a camp, who may keep a contact. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayKeepOwn() {
        return directory.signedIn().isPresent();
    }

    /** The signed-in person's own contact; empty for an account that is no person, or has none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<EmergencyContact> own() {
        return directory.signedIn().flatMap(person -> jdbc.query("select name, phone from emergency_contact where person_id = ?",
                (row, number) -> new EmergencyContact(row.getString("name"), row.getString("phone")), person.id())
                .stream().findFirst());
    }

    /**
     * Keeps the signed-in person's contact; both fields blank removes it.
     *
     * @throws InvalidFormException naming {@code name} or {@code phone}
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setOwn(String name, String phone) {
        PersonRef person = directory.signedIn().orElseThrow(() -> new InvalidFormException(
                List.of(FieldProblem.of("", "people.emergency.not-a-person"))));
        String who = name == null ? "" : name.strip();
        String number = phone == null ? "" : phone.strip();
        jdbc.update("delete from emergency_contact where person_id = ?", person.id());
        if (who.isEmpty() && number.isEmpty()) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (who.isEmpty() || who.length() > 200) {
            problems.add(FieldProblem.of("emergencyName", "people.emergency.name-needed"));
        }
        if (!PHONE.matcher(number).matches()) {
            problems.add(FieldProblem.of("emergencyPhone", "people.emergency.phone-form"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        jdbc.update("insert into emergency_contact (person_id, name, phone) values (?, ?, ?)", person.id(), who, number);
    }

    /**
     * The contacts of these people of the camp (by the ids its plan gives them) for one of its sessions, while
     * it has not ended; nothing once it has. Only planners of the camp ask.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Map<String, EmergencyContact> forSession(long campId, String sessionId, Collection<String> planIds) {
        List<Map<String, Object>> session = jdbc.queryForList("select s.end_at, c.time_zone from camp_session s "
                + "join camp c on c.id = s.camp_id where s.camp_id = ? and s.external_id = ?", campId, sessionId);
        if (session.isEmpty() || planIds.isEmpty()) {
            return Map.of();
        }
        LocalDateTime end = ((Timestamp) session.get(0).get("end_at")).toLocalDateTime();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of((String) session.get(0).get("time_zone"))));
        if (!end.isAfter(now)) {
            return Map.of();
        }
        Map<String, EmergencyContact> contacts = new HashMap<>();
        jdbc.query("select p.external_id, e.name, e.phone from emergency_contact e join person p on p.id = e.person_id "
                + "where p.camp_id = ?", row -> {
            if (planIds.contains(row.getString("external_id"))) {
                contacts.put(row.getString("external_id"), new EmergencyContact(row.getString("name"), row.getString("phone")));
            }
        }, campId);
        return contacts;
    }
}
