package org.campcoplanner.planning.rules;

import org.campcoplanner.planning.Text;

import java.util.Map;

/**
 * The rules' names: each constant is the rule's constraint name in Timefold's score, the API and
 * exports (English, never translated); {@link #text} is the name planners read in the rules panel,
 * a key of {@code i18n/planning.properties} said in their language.
 */
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
    public static final String GUARDIAN_CONSENT = "Youth with a guardian's consent";
    public static final String EMPTY_SEATS = "Every seat filled";
    public static final String FAIRNESS = "Fair share of pledged hours";
    public static final String STAFF_OUTSIDE_STANDARD_HOURS = "Few staff hours outside standard hours";
    public static final String CO_DELIVERY = "Residents and staff deliver together";
    public static final String PEER_SUPPORT = "New volunteers alongside experienced people";
    public static final String CONTINUITY = "Same faces across a series";
    public static final String LIKED_ACTIVITIES = "Liked activities";
    public static final String DISLIKED_ACTIVITIES = "Disliked activities avoided";
    public static final String STABILITY = "Published roster kept";
    /** No rule of the roster's own keeps someone out of a seat, yet the solver never offers them it. */
    public static final String OTHER_RULES = "Other rules";

    /** Each rule's word in the keys of the message files, e.g. {@code planning.rule.availability}. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry(AVAILABILITY, "availability"),
            Map.entry(ONE_PLACE_AT_A_TIME, "one-place"),
            Map.entry(CREDENTIALS, "credentials"),
            Map.entry(KINDS, "kinds"),
            Map.entry(SAFEGUARDING, "safeguarding"),
            Map.entry(HOURS_PER_DAY, "hours-per-day"),
            Map.entry(HOURS_PER_WEEK, "hours-per-week"),
            Map.entry(REST, "rest"),
            Map.entry(STAFF_OUTSIDE_STANDARD_CAP, "staff-cap"),
            Map.entry(GUARDIAN_CONSENT, "guardian-consent"),
            Map.entry(EMPTY_SEATS, "empty-seats"),
            Map.entry(FAIRNESS, "fairness"),
            Map.entry(STAFF_OUTSIDE_STANDARD_HOURS, "staff-outside-standard"),
            Map.entry(CO_DELIVERY, "co-delivery"),
            Map.entry(PEER_SUPPORT, "peer-support"),
            Map.entry(CONTINUITY, "continuity"),
            Map.entry(LIKED_ACTIVITIES, "liked"),
            Map.entry(DISLIKED_ACTIVITIES, "disliked"),
            Map.entry(STABILITY, "stability"),
            Map.entry(OTHER_RULES, "other-rules"));

    private RuleNames() {
    }

    /**
     * The rule's word in keys, {@code fairness} for {@link #FAIRNESS}; {@code other} for a name that
     * is none of the rules.
     */
    public static String code(String rule) {
        return CODES.getOrDefault(rule, "other");
    }

    /** The rule's name as planners read it, "Fair share of pledged hours"; an unknown name as itself. */
    public static Text text(String rule) {
        String code = CODES.get(rule);
        return code == null ? Text.of("planning.rule.other", rule) : Text.of("planning.rule." + code);
    }
}
