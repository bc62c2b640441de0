package org.campcoplanner.reflections;

/**
 * What a person enters: how it went on the 1-5 scale, an optional story of change, and whether the
 * camp's report may quote the story without their name.
 */
public record ReflectionEntry(Integer rating, String story, boolean quoteAllowed) {
}
