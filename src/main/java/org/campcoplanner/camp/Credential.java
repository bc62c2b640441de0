package org.campcoplanner.camp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;

import java.time.LocalDate;

/** A credential a person holds, valid up to and including {@code validUntil}; no date means it does not expire. */
@Embeddable
public record Credential(
        @NotBlank @Column(name = "type") String type,
        @Column(name = "valid_until") LocalDate validUntil) {

    public boolean validOn(LocalDate day) {
        return validUntil == null || !day.isAfter(validUntil);
    }
}
