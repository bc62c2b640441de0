package org.campcoplanner.people;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.people.EarlierCampLink.FoundBy;
import org.campcoplanner.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a person was in earlier camps, so a camp can count its returning residents from facts: the
 * same account moving to the new camp's person, or a planner who plans both camps confirming it.
 * Never guessed from names, which neighbours share.
 */
@Service
public class EarlierCamps {

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    EarlierCamps(JdbcClient jdbc, PersonDirectory directory, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An account that was a person of one camp is now a person of another: the same human being.
     * Only account changes call it, which their own checks guard.
     */
    @Transactional
    public void accountMoved(Long fromPersonId, Long toPersonId) {
        if (fromPersonId == null || toPersonId == null || fromPersonId.equals(toPersonId)) {
            return;
        }
        PersonRef from = directory.byId(fromPersonId).orElse(null);
        PersonRef to = directory.byId(toPersonId).orElse(null);
        if (from != null && to != null && from.campId() != to.campId()) {
            save(to, from, FoundBy.ACCOUNT);
        }
    }

    /**
     * A planner of both camps confirms that a person is who someone was in another camp.
     *
     * @throws InvalidFormException naming {@code earlier} for a person of the same camp
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlanPersonOf(#personId) and @campAccess.canPlanPersonOf(#earlierPersonId)")
    public void link(long personId, long earlierPersonId) {
        PersonRef person = directory.byId(personId).orElseThrow();
        PersonRef earlier = directory.byId(earlierPersonId).orElseThrow();
        if (person.campId() == earlier.campId()) {
            throw new InvalidFormException(List.of(FieldProblem.of("earlier", "people.earlier.same-camp")));
        }
        save(person, earlier, FoundBy.PLANNER);
    }

    @Transactional
    @PreAuthorize("@campAccess.canPlanPersonOf(#personId)")
    public void unlink(long personId, long earlierPersonId) {
        jdbc.sql("delete from earlier_camp_link where person_id = ? and earlier_person_id = ?")
                .params(personId, earlierPersonId).update();
    }

    /** The links of a camp's people, for its planners. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<EarlierCampLink> linksOf(long campId) {
        return jdbc.sql("""
                        select l.person_id, p.name, l.earlier_person_id, e.name as earlier_name,
                               c.name as earlier_camp, l.found_by
                        from earlier_camp_link l
                        join person p on p.id = l.person_id
                        join person e on e.id = l.earlier_person_id
                        join camp c on c.id = e.camp_id
                        where p.camp_id = ?
                        order by p.name, c.name""")
                .param(campId)
                .query((row, n) -> new EarlierCampLink(row.getLong("person_id"), row.getString("name"),
                        row.getLong("earlier_person_id"), row.getString("earlier_name"), row.getString("earlier_camp"),
                        FoundBy.valueOf(row.getString("found_by"))))
                .list();
    }

    /** The camp's own people, to pick whom to link. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<EarlierSelf> peopleOf(long campId) {
        return directory.ofCamp(campId).stream()
                .map(p -> new EarlierSelf(p.id(), p.campId(), p.name(), p.campName()))
                .sorted(Comparator.comparing(EarlierSelf::name)).toList();
    }

    /** People of other camps whom the signed-in planner plans too: the only ones they may link to. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    @PostFilter("@campAccess.canPlan(filterObject.campId())")
    public List<EarlierSelf> candidatesFor(long campId) {
        return jdbc.sql("""
                        select p.id, p.camp_id, p.name, c.name as camp
                        from person p join camp c on c.id = p.camp_id
                        where p.camp_id <> ?
                        order by p.name, c.name""")
                .param(campId)
                .query((row, n) -> new EarlierSelf(row.getLong("id"), row.getLong("camp_id"), row.getString("name"),
                        row.getString("camp")))
                .list();
    }

    /**
     * Everyone each person of the camp was before, following links through camps in between
     * (2027 to 2026 to 2025). Only ids: what they did there is for the caller to look up.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Map<Long, Set<Long>> earlierSelvesOf(long campId) {
        Map<Long, Set<Long>> direct = new HashMap<>();
        jdbc.sql("select person_id, earlier_person_id from earlier_camp_link")
                .query(row -> {
                    direct.computeIfAbsent(row.getLong(1), k -> new HashSet<>()).add(row.getLong(2));
                });
        List<Long> people = jdbc.sql("select id from person where camp_id = ?").param(campId).query(Long.class).list();
        Map<Long, Set<Long>> earlier = new HashMap<>();
        for (long person : people) {
            Set<Long> seen = new HashSet<>();
            Deque<Long> next = new ArrayDeque<>(direct.getOrDefault(person, Set.of()));
            while (!next.isEmpty()) {
                long found = next.pop();
                if (found != person && seen.add(found)) {
                    next.addAll(direct.getOrDefault(found, Set.of()));
                }
            }
            if (!seen.isEmpty()) {
                earlier.put(person, seen);
            }
        }
        return earlier;
    }

    private void save(PersonRef person, PersonRef earlier, FoundBy foundBy) {
        int added = jdbc.sql("""
                        insert into earlier_camp_link (person_id, earlier_person_id, found_by, linked_by, linked_at)
                        select ?, ?, ?, ?, ?
                        where not exists (select 1 from earlier_camp_link where person_id = ? and earlier_person_id = ?)""")
                .params(person.id(), earlier.id(), foundBy.name(), CurrentUser.name(), OffsetDateTime.now(clock),
                        person.id(), earlier.id())
                .update();
        if (added > 0) {
            audit.record(person.campId(), AuditAction.EARLIER_CAMP_LINKED, person.name(), null,
                    earlier.name() + ", " + earlier.campName());
        }
    }
}
