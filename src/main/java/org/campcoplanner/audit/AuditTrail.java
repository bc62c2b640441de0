package org.campcoplanner.audit;

import org.campcoplanner.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Who did what, when: every change of a camp's plan and roster, every sign-off and comment, and
 * every change to accounts. An event is written in the transaction of the change it records, so
 * a change that is rolled back leaves no event. Callers never pass passwords or tokens.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event of a camp; {@code before} and {@code after} may be null. */
    @Transactional
    public void record(Long campId, AuditAction action, String subject, String before, String after) {
        events.save(new AuditEvent(campId, clock.instant(), CurrentUser.name(), action, subject, before, after));
    }

    /** Records an event about accounts or logins, which belongs to no camp. */
    @Transactional
    public void recordAccountEvent(String actor, AuditAction action, String subject, String before, String after) {
        events.save(new AuditEvent(null, clock.instant(), actor, action, subject, before, after));
    }

    /** A camp's events, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN') or (hasRole('STAFF') and @campAccess.isMember(#campId))")
    public List<AuditEntry> ofCamp(long campId, int offset, int limit) {
        return events.findByCampIdOrderByAtDescIdDesc(campId, page(offset, limit)).stream().map(AuditEntry::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN') or (hasRole('STAFF') and @campAccess.isMember(#campId))")
    public long countOfCamp(long campId) {
        return events.countByCampId(campId);
    }

    /** Events about accounts and logins, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> ofAccounts(int offset, int limit) {
        return events.findByCampIdIsNullOrderByAtDescIdDesc(page(offset, limit)).stream().map(AuditEntry::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long countOfAccounts() {
        return events.countByCampIdIsNull();
    }

    private static PageRequest page(int offset, int limit) {
        // the grid asks for pages aligned to its page size
        return PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1));
    }
}
