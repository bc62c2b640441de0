package org.campcoplanner.account;

import java.time.Instant;

/** An account's version and lock, read on every request of a signed-in session. */
public record AccountState(long version, Instant lockedUntil) {
}
