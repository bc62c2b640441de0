package org.campcoplanner.reflections;

import java.util.List;

/** The 1-5 scale in words, so that nobody has to guess what a number of stars means. */
public final class RatingWords {

    private static final List<String> KEYS = List.of("reflections.rating.1", "reflections.rating.2",
            "reflections.rating.3", "reflections.rating.4", "reflections.rating.5");

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private RatingWords() {
    }

    /** The key of the words for a rating from 1 ("It went badly") to 5 ("It went very well"). */
    public static String key(int rating) {
        return KEYS.get(rating - LOWEST);
    }
}
