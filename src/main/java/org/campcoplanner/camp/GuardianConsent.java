package org.campcoplanner.camp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.campcoplanner.planning.format.ConsentMethod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/**
 * A parent or guardian's consent for a youth to take part: when it was given, by whom and, if
 * known, how. A person without one has all three columns empty, which Hibernate loads as null.
 */
@Embeddable
public record GuardianConsent(
        @NotNull @Column(name = "guardian_consent_given") LocalDate given,
        @NotBlank @Size(max = 200) @Column(name = "guardian_consent_by") String by,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "guardian_consent_method")
        ConsentMethod method) {
}
