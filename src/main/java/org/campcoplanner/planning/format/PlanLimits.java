package org.campcoplanner.planning.format;

/**
 * The largest plan the format accepts. A plan over any of these is refused like any other bad
 * plan, with the path of what is too big, before anything is built from it: what one caller can
 * make the server build, solve and answer is bounded by them. Each is several times what the
 * largest real city programme needs (the generator's XL camp: twelve weeks at eight sites, about
 * 850 sessions, 3,000 seats and 900 people); {@code docs/format.md} says why each figure.
 * The schema's maximums ({@code format/camp-plan.schema.json}) are the same numbers; what a schema
 * cannot add up (seats per session, seats in all) the consistency check counts.
 */
public final class PlanLimits {

    public static final int MAX_PEOPLE = 2_000;
    public static final int MAX_SESSIONS = 3_000;
    public static final int MAX_SITES = 200;
    /** {@code seats[].count}: seats of one role in one line. */
    public static final int MAX_SEATS_PER_LINE = 100;
    /** All lines of one session together. */
    public static final int MAX_SEATS_PER_SESSION = 200;
    /** All seats of all sessions. */
    public static final int MAX_SEATS = 10_000;
    public static final int MAX_CHILDREN_PER_SESSION = 1_000;
    public static final int MAX_CHILDREN_PER_ADULT = 1_000;
    public static final int MAX_WEIGHT = 10_000;
    public static final int MAX_TRAVEL_MINUTES = 1_440;
    /** From the first day to the last, both counted. */
    public static final int MAX_CAMP_DAYS = 366;
    /** A plan file or request body; the web app's import takes files up to the same size. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private PlanLimits() {
    }
}
