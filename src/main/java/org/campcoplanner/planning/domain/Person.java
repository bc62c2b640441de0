package org.campcoplanner.planning.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import org.campcoplanner.planning.format.PersonKind;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Someone who can sit in seats, with what was worked out for them once per roster: which
 * sessions lie wholly within their availability, and, for staff, how many minutes of each
 * session fall outside their standard hours.
 */
public final class Person {

    /** The credential that allows work with children: a police check. */
    public static final String VULNERABLE_SECTOR_CHECK = "VULNERABLE_SECTOR_CHECK";

    @PlanningId
    private final String id;
    private final String name;
    private final PersonKind kind;
    private final boolean youth;
    private final boolean experienced;
    private final Map<String, LocalDate> credentialsValidUntil;
    private final Limits limits;
    private final Set<String> likes;
    private final Set<String> dislikes;
    private final BitSet availableSessions;
    private final int availableSessionCount;
    private final int[] minutesOutsideStandardHours;
    private final List<TimeBlock> unavailableBlocks;
    private final int[] pledgedMinutesByWeek;
    private final PledgeWeek[] pledgeWeeks;
    private final LocalDate checkValidUntil;
    private final LocalDate guardianConsentFrom;

    public Person(String id, String name, PersonKind kind, boolean youth, boolean experienced,
                  Map<String, LocalDate> credentialsValidUntil, Limits limits, Set<String> likes, Set<String> dislikes,
                  BitSet availableSessions, int[] minutesOutsideStandardHours, List<TimeBlock> unavailableBlocks,
                  int[] pledgedMinutesByWeek, LocalDate guardianConsentFrom) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.youth = youth;
        this.experienced = experienced;
        this.credentialsValidUntil = Map.copyOf(credentialsValidUntil);
        this.limits = limits;
        this.likes = Set.copyOf(likes);
        this.dislikes = Set.copyOf(dislikes);
        this.availableSessions = availableSessions;
        this.availableSessionCount = availableSessions.cardinality();
        this.minutesOutsideStandardHours = minutesOutsideStandardHours;
        this.unavailableBlocks = List.copyOf(unavailableBlocks);
        this.pledgedMinutesByWeek = pledgedMinutesByWeek;
        this.pledgeWeeks = pledgedMinutesByWeek == null ? null : new PledgeWeek[pledgedMinutesByWeek.length];
        this.checkValidUntil = youth ? null : credentialsValidUntil.get(VULNERABLE_SECTOR_CHECK);
        this.guardianConsentFrom = guardianConsentFrom;
    }

    /**
     * The day a guardian's consent counts from, for a youth of a camp whose rules ask for one:
     * {@link LocalDate#MAX} while none is on file; null when no consent is needed.
     */
    public LocalDate guardianConsentFrom() {
        return guardianConsentFrom;
    }

    /** A youth may sit in a session only if their guardian's consent was given on or before its first day. */
    public boolean lacksGuardianConsentFor(Session session) {
        return guardianConsentFrom != null && guardianConsentFrom.isAfter(session.start().toLocalDate());
    }

    public boolean hasPledged() {
        return pledgedMinutesByWeek != null;
    }

    /** The key under which fairness adds up this person's minutes in the session's week. */
    public PledgeWeek pledgeWeekOf(Session session) {
        return pledgeWeekOf(session.week(), session.monday());
    }

    /** One instance per week, because score calculation groups by it on every change. */
    public PledgeWeek pledgeWeekOf(int week, LocalDate monday) {
        if (pledgeWeeks[week] == null) {
            pledgeWeeks[week] = new PledgeWeek(this, week, monday, pledgedMinutesByWeek[week]);
        }
        return pledgeWeeks[week];
    }

    /** Limits of one person, in minutes; null means no limit. */
    public record Limits(Integer maxMinutesPerDay, Integer maxMinutesPerWeek, int minRestMinutes,
                         Integer pledgedMinutesPerWeek, Integer maxMinutesOutsideStandardPerWeek) {
    }

    /** How many of the camp's sessions lie wholly within this person's availability. */
    public int availableSessionCount() {
        return availableSessionCount;
    }

    public boolean isAvailableFor(Session session) {
        return availableSessions.get(session.index());
    }

    /** A credential counts when held and valid on the session's last day; no expiry date means it never expires. */
    public boolean holdsValid(String credential, Session session) {
        LocalDate validUntil = credentialsValidUntil.get(credential);
        return validUntil != null && !session.lastDay().isAfter(validUntil);
    }

    public boolean holds(String credential) {
        return credentialsValidUntil.containsKey(credential);
    }

    public LocalDate validUntil(String credential) {
        return credentialsValidUntil.get(credential);
    }

    public boolean isAdult() {
        return !youth;
    }

    /** An adult who may be the safeguarding adult of the session: vulnerable sector check valid as for a seat. */
    public boolean isCheckedAdultFor(Session session) {
        return checkValidUntil != null && !session.lastDay().isAfter(checkValidUntil);
    }

    public boolean isResident() {
        return kind.isResident();
    }

    public boolean isStaff() {
        return kind == PersonKind.STAFF;
    }

    /** A volunteer still learning the ropes, who should share sessions with someone experienced. */
    public boolean isNewVolunteer() {
        return kind == PersonKind.VOLUNTEER && !experienced;
    }

    public int minutesOutsideStandardHours(Session session) {
        return minutesOutsideStandardHours == null ? 0 : minutesOutsideStandardHours[session.index()];
    }

    /** +1 for a liked activity, -1 for a disliked one, 0 otherwise. */
    public int preferenceFor(Session session) {
        String activity = session.activity();
        if (activity == null) {
            return 0;
        }
        return (likes.contains(activity) ? 1 : 0) - (dislikes.contains(activity) ? 1 : 0);
    }

    public List<TimeBlock> unavailableBlocks() {
        return unavailableBlocks;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PersonKind kind() {
        return kind;
    }

    public boolean youth() {
        return youth;
    }

    public boolean experienced() {
        return experienced;
    }

    public Limits limits() {
        return limits;
    }

    @Override
    public String toString() {
        return name;
    }
}
