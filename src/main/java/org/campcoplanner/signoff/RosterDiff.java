package org.campcoplanner.signoff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changes for people between the published roster and a newer revision, seat by seat.
 * {@code fromRevision} is null when nothing was published before; {@code asOf} is the camp's local
 * time when the diff was made, null where it does not matter.
 */
public record RosterDiff(Integer fromRevision, int toRevision, List<SeatChange> changes,
                         @JsonIgnore LocalDateTime asOf) {

    /**
     * Whether every change is to a shift that had started by {@link #asOf}: it corrects the record
     * (say, who really came), and nobody's coming shifts change.
     */
    @JsonIgnore
    public boolean onlyPastShifts() {
        return asOf != null && !changes.isEmpty() && changes.stream().allMatch(change -> change.start().isBefore(asOf));
    }

    /** Everyone who leaves or takes a seat, by plan id, in the order they first appear. */
    public Set<String> affectedPeople() {
        Set<String> people = new LinkedHashSet<>();
        for (SeatChange change : changes) {
            if (change.outId() != null) {
                people.add(change.outId());
            }
            if (change.inId() != null) {
                people.add(change.inId());
            }
        }
        return people;
    }

    public List<SeatChange> of(String personId) {
        return changes.stream().filter(c -> personId.equals(c.outId()) || personId.equals(c.inId())).toList();
    }

    static RosterDiff between(Integer fromRevision, CampPlan from, int toRevision, CampPlan to, LocalDateTime asOf) {
        Map<Key, String> before = from == null ? Map.of() : seated(from);
        Map<Key, String> after = seated(to);
        Map<String, CampPlan.Session> sessions = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> sites = new HashMap<>();
        for (CampPlan plan : from == null ? List.of(to) : List.of(from, to)) {
            plan.sessions().forEach(s -> sessions.put(s.id(), s));
            plan.people().forEach(p -> names.put(p.id(), p.name()));
            plan.sites().forEach(s -> sites.put(s.id(), s.name()));
        }
        Set<Key> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<SeatChange> changes = new ArrayList<>();
        for (Key key : keys) {
            String out = before.get(key);
            String in = after.get(key);
            if (!Objects.equals(out, in)) {
                CampPlan.Session session = sessions.get(key.session());
                changes.add(new SeatChange(key.session(), session.title(), sites.get(session.site()), session.start(),
                        session.end(), key.role(), key.index(), out, out == null ? null : names.get(out), in,
                        in == null ? null : names.get(in)));
            }
        }
        changes.sort(Comparator.comparing(SeatChange::start).thenComparing(SeatChange::sessionId)
                .thenComparing(SeatChange::role).thenComparingInt(SeatChange::index));
        return new RosterDiff(fromRevision, toRevision, List.copyOf(changes), asOf);
    }

    /** Seats with someone in them; an empty seat is simply absent. */
    private static Map<Key, String> seated(CampPlan plan) {
        return plan.assignments().stream().filter(a -> a.person() != null)
                .collect(Collectors.toMap(a -> new Key(a.session(), a.role(), a.index()), CampPlan.Assignment::person,
                        (one, other) -> one, LinkedHashMap::new));
    }

    private record Key(String session, String role, int index) {
    }

    /** A change as a line of the person's notice: "+ Swim, Mon 6 Jul 10:00–12:00, Pool (Lead 1)", "-" for one they leave. */
    static Function<SeatChange, Text> lineFor(String personId) {
        return change -> Text.of(personId.equals(change.inId()) ? "notice.shift.taken" : "notice.shift.left",
                change.title(), new Text.When(change.start(), change.end()), change.site(), change.seat());
    }
}
