package org.campcoplanner.planning;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Words for a person to read, as a key of the message files and its parameters, so that whoever
 * shows them says them in the reader's language: the planning core and the services say what
 * happened, the page or the email says it in English or French. Parameters are plain values
 * (names, numbers), days and times (said in {@link DateStyle}), a {@link When}, other texts, or a
 * list of texts said as lines.
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        // a parameter may be null (say, nobody in a seat): the words for it are the message file's
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, args == null ? List.of() : Arrays.asList(args));
    }

    /** A session's day and times, said as {@link DateStyle#when}: "Mon 6 Jul 10:00–12:30". */
    public record When(LocalDateTime start, LocalDateTime end) {
    }
}
