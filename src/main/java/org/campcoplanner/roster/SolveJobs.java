package org.campcoplanner.roster;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The solve jobs' rows. Every change of state is one conditional update, so two instances racing
 * for the same job (or a stop racing the end) each learn from the row count whether they won.
 * Not access-checked: {@link SolvingService} checks the camp.
 */
@Repository
class SolveJobs {

    private static final String COLUMNS = "id, camp_id, state, stability, spent_ms, unimproved_ms, started_by, "
            + "started_at, runner, runs, stop_requested, elapsed_ms, best_score, filled_seats, seats, outcome";

    private final JdbcClient jdbc;

    SolveJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new queued job for the camp, with the draft's seats as they are now.
     *
     * @return empty when the camp has a queued or running job already, on this instance or another
     */
    Optional<Long> queue(long campId, Stability stability, Duration spent, Duration unimproved, String baseline,
                         String startedBy, String startedAs, OffsetDateTime startedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO solve_job (camp_id, active_camp_id, state, stability, spent_ms, unimproved_ms, "
                            + "baseline, started_by, started_as, started_at) VALUES (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?)")
                    .params(campId, campId, stability.name(), spent.toMillis(), unimproved.toMillis(), baseline,
                            startedBy, startedAs, startedAt)
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(key.getKeyAs(Number.class).longValue());
    }

    Optional<SolveJob> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM solve_job WHERE id = ?").param(id).query(SolveJobs::job)
                .optional();
    }

    Optional<SolveJob> active(long campId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM solve_job WHERE active_camp_id = ?").param(campId)
                .query(SolveJobs::job).optional();
    }

    /** The camp's newest job, running or ended. */
    Optional<SolveJob> latest(long campId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM solve_job WHERE camp_id = ? ORDER BY id DESC LIMIT 1")
                .param(campId).query(SolveJobs::job).optional();
    }

    /** The roles of whoever started it, as they were then. */
    String startedAs(long id) {
        return jdbc.sql("SELECT started_as FROM solve_job WHERE id = ?").param(id).query(String.class).single();
    }

    String baseline(long id) {
        return jdbc.sql("SELECT baseline FROM solve_job WHERE id = ?").param(id).query(String.class).single();
    }

    /** Queued and running jobs started by the account, on every instance. */
    int activeStartedBy(String account) {
        return jdbc.sql("SELECT COUNT(*) FROM solve_job WHERE active_camp_id IS NOT NULL AND started_by = ?")
                .param(account).query(Integer.class).single();
    }

    int inState(SolveJob.State state) {
        return jdbc.sql("SELECT COUNT(*) FROM solve_job WHERE state = ?").param(state.name()).query(Integer.class)
                .single();
    }

    /**
     * This instance starts (or, after a lost instance, starts again) the job; false when it has
     * ended meanwhile.
     */
    boolean run(long id, String runner) {
        return jdbc.sql("UPDATE solve_job SET state = 'RUNNING', runner = ?, runs = runs + 1, elapsed_ms = 0, "
                        + "best_score = NULL, filled_seats = NULL, seats = NULL WHERE id = ? AND active_camp_id IS NOT NULL")
                .params(runner, id).update() == 1;
    }

    /** The best roster so far; false when the job is no longer this runner's, or asked to stop. */
    boolean progress(long id, String runner, Duration elapsed, String score, long filledSeats, int seats) {
        return jdbc.sql("UPDATE solve_job SET elapsed_ms = ?, best_score = ?, filled_seats = ?, seats = ? "
                        + "WHERE id = ? AND runner = ? AND active_camp_id IS NOT NULL AND NOT stop_requested")
                .params(elapsed.toMillis(), score, filledSeats, seats, id, runner).update() == 1;
    }

    /** Asks the camp's running job to stop; false when none is queued or running. */
    boolean requestStop(long campId) {
        return jdbc.sql("UPDATE solve_job SET stop_requested = TRUE WHERE active_camp_id = ?").param(campId)
                .update() == 1;
    }

    boolean stopRequested(long id) {
        return jdbc.sql("SELECT stop_requested FROM solve_job WHERE id = ?").param(id).query(Boolean.class).single();
    }

    /** Ends the job, leaving its camp free for the next solve. */
    void end(long id, SolveJob.State state, Duration elapsed, String outcome, OffsetDateTime endedAt) {
        jdbc.sql("UPDATE solve_job SET state = ?, active_camp_id = NULL, elapsed_ms = ?, outcome = ?, ended_at = ? "
                        + "WHERE id = ?")
                .params(state.name(), elapsed.toMillis(), outcome, endedAt, id).update();
    }

    private static SolveJob job(ResultSet row, int number) throws SQLException {
        long filled = row.getLong("filled_seats");
        Long filledSeats = row.wasNull() ? null : filled;
        int seats = row.getInt("seats");
        Integer seatCount = row.wasNull() ? null : seats;
        return new SolveJob(row.getLong("id"), row.getLong("camp_id"), SolveJob.State.valueOf(row.getString("state")),
                Stability.valueOf(row.getString("stability")), Duration.ofMillis(row.getLong("spent_ms")),
                Duration.ofMillis(row.getLong("unimproved_ms")), row.getString("started_by"),
                row.getObject("started_at", OffsetDateTime.class), row.getString("runner"), row.getInt("runs"),
                row.getBoolean("stop_requested"), Duration.ofMillis(row.getLong("elapsed_ms")),
                row.getString("best_score"), filledSeats, seatCount, row.getString("outcome"));
    }
}
