package org.campcoplanner.camp;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of every table a camp is stored in, to show that a refused import stored nothing. */
public final class StoredRows {

    private static final List<String> TABLES = List.of("camp", "camp_children_per_adult", "site", "person",
            "person_credential", "person_skill", "person_language", "person_like", "person_dislike",
            "person_weekly_window", "person_standard_hours", "person_dated_window", "person_unavailable",
            "camp_session", "seat", "seat_required_credential", "seat_allowed_kind", "assignment");

    private StoredRows() {
    }

    public static Map<String, Integer> count(JdbcTemplate jdbc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class)));
        return counts;
    }
}
