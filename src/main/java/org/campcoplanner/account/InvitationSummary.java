package org.campcoplanner.account;

import java.time.LocalDateTime;

/** One invitation as planners list it, its times in the camp's zone. */
public record InvitationSummary(long id, long personId, String personName, String email, LocalDateTime sentAt,
                                LocalDateTime expiresAt, InvitationStatus status, String username) {
}
