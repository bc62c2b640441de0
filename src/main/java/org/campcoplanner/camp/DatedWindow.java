package org.campcoplanner.camp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;

/** A stretch of wall-clock time in the camp's zone: an extra availability window or an unavailable block. */
@Embeddable
public record DatedWindow(
        @NotNull @Column(name = "start_at") LocalDateTime start,
        @NotNull @Column(name = "end_at") LocalDateTime end) {
}
