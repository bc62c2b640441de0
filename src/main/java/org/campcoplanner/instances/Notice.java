package org.campcoplanner.instances;

import java.util.Locale;
import java.util.Optional;

/**
 * What one instance tells the others: a topic, the camp and, where the topic needs it, the id of
 * what changed within it (a solve's job). Ids only: a notice travels through the database server
 * and its logs, so it names no one.
 */
public record Notice(Topic topic, long campId, long subjectId) {

    public enum Topic {
        /** The camp's draft roster changed: open pages reload it. */
        DRAFT,
        /** A solve of the camp moved on (progress, end) or was asked to stop: {@code subjectId} is its job. */
        SOLVE
    }

    public static Notice draft(long campId) {
        return new Notice(Topic.DRAFT, campId, 0);
    }

    public static Notice solve(long campId, long jobId) {
        return new Notice(Topic.SOLVE, campId, jobId);
    }

    /** "DRAFT 12 0", as sent behind the sender's name. */
    String payload() {
        return topic + " " + campId + " " + subjectId;
    }

    static Optional<Notice> parse(String payload) {
        String[] parts = payload.trim().split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Notice(Topic.valueOf(parts[0].toUpperCase(Locale.ROOT)), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
