package org.campcoplanner.roster;

import org.campcoplanner.instances.InstanceNotices;
import org.campcoplanner.instances.Notice;
import org.campcoplanner.instances.NoticeListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Whoever watches a camp's solves on this instance (open boards), told of every solve of the camp
 * wherever it runs, until they stop watching: directly when it runs here, through the job's row
 * when a notice says it moved on elsewhere.
 */
@Component
class SolveWatchers {

    private final Map<Long, Set<SolveListener>> byCamp = new ConcurrentHashMap<>();
    private final SolveJobs jobs;
    private final SolveJobJson json;

    SolveWatchers(SolveJobs jobs, SolveJobJson json, InstanceNotices notices) {
        this.jobs = jobs;
        this.json = json;
        notices.listen(new NoticeListener() {
            @Override
            public void heard(Notice notice) {
                if (notice.topic() == Notice.Topic.SOLVE && byCamp.containsKey(notice.campId())) {
                    jobs.byId(notice.subjectId()).ifPresent(SolveWatchers.this::tell);
                }
            }

            @Override
            public void mayHaveMissedNotices() {
                List.copyOf(byCamp.keySet()).forEach(campId -> jobs.latest(campId).ifPresent(SolveWatchers.this::tell));
            }
        });
    }

    void watch(long campId, SolveListener listener) {
        byCamp.computeIfAbsent(campId, id -> new CopyOnWriteArraySet<>()).add(listener);
    }

    void unwatch(long campId, SolveListener listener) {
        byCamp.computeIfPresent(campId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** A solve started (or started again) here: it has no best roster yet. */
    void running(SolveProgress start) {
        improved(start);
    }

    void improved(SolveProgress progress) {
        byCamp.getOrDefault(progress.campId(), Set.of()).forEach(listener -> listener.improved(progress));
    }

    void finished(SolveOutcome outcome) {
        byCamp.getOrDefault(outcome.campId(), Set.of()).forEach(listener -> listener.finished(outcome));
    }

    private void tell(SolveJob job) {
        if (job.state() == SolveJob.State.RUNNING) {
            improved(progressOf(job));
        } else if (job.outcome() != null) {
            finished(json.outcome(job.outcome()));
        }
    }

    static SolveProgress progressOf(SolveJob job) {
        return new SolveProgress(job.campId(), job.elapsed(), job.bestScore(),
                job.filledSeats() == null ? 0 : job.filledSeats(), job.seats() == null ? 0 : job.seats(),
                job.restarted());
    }
}
