package org.campcoplanner.account;

import java.time.Duration;

/** A client address (IPv6: its /64 network) whose sign-ins are slowed down, and for how long still. */
public record SlowedAddress(String address, Duration retryAfter) {
}
