package org.campcoplanner.camp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A window on a weekday in the camp's wall-clock time; {@code to <= from} ends on the next day. */
@Embeddable
public record WeeklyWindow(
        @NotNull @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "day_of_week") DayOfWeek day,
        @NotNull @Column(name = "from_time") LocalTime from,
        @NotNull @Column(name = "to_time") LocalTime to) {

    public boolean endsNextDay() {
        return !to.isAfter(from);
    }
}
