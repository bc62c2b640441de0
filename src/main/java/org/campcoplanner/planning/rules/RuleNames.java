package org.campcoplanner.planning.rules;

/** The rules' names as planners read them in the score panel. */
public final class RuleNames {

    public static final String AVAILABILITY = "Only when available";
    public static final String ONE_PLACE_AT_A_TIME = "One place at a time";
    public static final String CREDENTIALS = "Required credentials valid";
    public static final String KINDS = "Right kind of person for the seat";
    public static final String SAFEGUARDING = "Safeguarding";
    public static final String HOURS_PER_DAY = "Hours per day within limit";
    public static final String HOURS_PER_WEEK = "Hours per week within limit";
    public static final String REST = "Rest between shifts";
    public static final String STAFF_OUTSIDE_STANDARD_CAP = "Staff hours outside standard hours within cap";
    public static final String EMPTY_SEATS = "Every seat filled";
    public static final String FAIRNESS = "Fair share of pledged hours";
    public static final String STAFF_OUTSIDE_STANDARD_HOURS = "Few staff hours outside standard hours";
    public static final String CO_DELIVERY = "Residents and staff deliver together";
    public static final String PEER_SUPPORT = "New volunteers alongside experienced people";
    public static final String CONTINUITY = "Same faces across a series";
    public static final String LIKED_ACTIVITIES = "Liked activities";
    public static final String DISLIKED_ACTIVITIES = "Disliked activities avoided";
    public static final String STABILITY = "Published roster kept";

    private RuleNames() {
    }
}
