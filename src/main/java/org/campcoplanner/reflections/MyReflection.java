package org.campcoplanner.reflections;

/** The author's own reflection on a session, with the version their edit starts from. */
public record MyReflection(String sessionId, long version, int rating, String story, boolean quoteAllowed,
                           boolean waitsForReview) {

    static MyReflection of(Reflection reflection) {
        return new MyReflection(reflection.getSessionId(), reflection.getVersion(), reflection.getRating(),
                reflection.getStory(), reflection.isQuoteAllowed(), reflection.waitsForReview());
    }
}
