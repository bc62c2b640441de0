package org.campcoplanner.audit;

import java.time.Instant;
import java.util.Locale;

/** One line of an audit trail as planners and admins read it; {@code before} and {@code after} may be empty. */
public record AuditEntry(Instant at, String actor, AuditAction action, String subject, String before, String after) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getAt(), event.getActor(), event.getAction(), event.getSubject(),
                event.getBefore() == null ? "" : event.getBefore(), event.getAfter() == null ? "" : event.getAfter());
    }

    /** The action in words, e.g. "seat assigned". */
    public String what() {
        return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
