package org.campcoplanner.planning.format;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A whole camp plan as exchanged in format version 1. Field names and nesting follow the
 * schema exactly; optional fields are {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampPlan(
        int formatVersion,
        String score,
        Camp camp,
        List<Site> sites,
        List<Person> people,
        List<Session> sessions,
        List<Assignment> assignments) {

    public static final int FORMAT_VERSION = 1;
    public static final String DEFAULT_TIME_ZONE = "America/Toronto";
    public static final String DEFAULT_AGE_GROUP = "default";
    public static final int DEFAULT_CHILDREN_PER_ADULT = 8;
    /** The schema's pattern of {@code people[].preferredLanguage}: {@code en}, {@code fr}, {@code fr-CA}. */
    public static final String LANGUAGE_TAG_PATTERN = "^[a-z]{2,3}(-[A-Z]{2})?$";

    /** Rule 5: the adults a session needs, never fewer than two; exact for any int children and ratio. */
    public static int adultsNeeded(int children, int childrenPerAdult) {
        long perAdult = Math.max(1, childrenPerAdult);
        long needed = (Math.max(0L, children) + perAdult - 1) / perAdult;
        return (int) Math.max(2, needed);
    }
    public static final int DEFAULT_TRAVEL_MINUTES = 30;
    public static final int DEFAULT_SEAT_PRIORITY = 10;

    public CampPlan {
        sites = listOrEmpty(sites);
        people = listOrEmpty(people);
        sessions = listOrEmpty(sessions);
        assignments = listOrEmpty(assignments);
    }

    public CampPlan withScore(String newScore) {
        return new CampPlan(formatVersion, newScore, camp, sites, people, sessions, assignments);
    }

    public CampPlan withAssignments(List<Assignment> newAssignments) {
        return new CampPlan(formatVersion, score, camp, sites, people, sessions, newAssignments);
    }

    public CampPlan withPeople(List<Person> newPeople) {
        return new CampPlan(formatVersion, score, camp, sites, newPeople, sessions, assignments);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Camp(String name, String neighbourhood, String timeZone,
                       LocalDate startDate, LocalDate endDate, Rules rules) {
    }

    /**
     * A camp's planning rules. {@code youthNeedGuardianConsent} left out means false (camps created in
     * the app switch it on): when true, a youth is placed only while a guardian consent is on file.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rules(Map<String, Integer> childrenPerAdult, Integer travelMinutesBetweenSites,
                        Boolean youthNeedGuardianConsent, Weights weights) {
    }

    /** Soft rule weights; {@code null} means the product default, 0 switches a rule off. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Weights(Integer fairness, Integer staffOutsideStandardHours, Integer coDelivery,
                          Integer peerSupport, Integer continuity, Integer preferences, Integer stability) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Site(String id, String name, String address) {
    }

    /**
     * Someone who can be rostered. {@code preferredLanguage} is a BCP 47 tag such as {@code en} or
     * {@code fr} (left out: English); {@code guardianConsent} is for youth only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String id, String name, PersonKind kind, Boolean youth, Boolean experienced,
                         String email, String phone, List<Credential> credentials, List<String> skills,
                         List<String> languages, String preferredLanguage, GuardianConsent guardianConsent,
                         Double maxHoursPerDay, Double maxHoursPerWeek, Double minRestHours,
                         Double pledgedHoursPerWeek, List<String> likes, List<String> dislikes,
                         Availability availability, List<WeeklyWindow> standardHours,
                         Double maxHoursOutsideStandardPerWeek) {

        public Person withName(String newName) {
            return new Person(id, newName, kind, youth, experienced, email, phone, credentials, skills, languages,
                    preferredLanguage, guardianConsent, maxHoursPerDay, maxHoursPerWeek, minRestHours,
                    pledgedHoursPerWeek, likes, dislikes, availability, standardHours, maxHoursOutsideStandardPerWeek);
        }

        public Person withId(String newId) {
            return new Person(newId, name, kind, youth, experienced, email, phone, credentials, skills, languages,
                    preferredLanguage, guardianConsent, maxHoursPerDay, maxHoursPerWeek, minRestHours,
                    pledgedHoursPerWeek, likes, dislikes, availability, standardHours, maxHoursOutsideStandardPerWeek);
        }

        public Person withPreferredLanguage(String newPreferredLanguage) {
            return new Person(id, name, kind, youth, experienced, email, phone, credentials, skills, languages,
                    newPreferredLanguage, guardianConsent, maxHoursPerDay, maxHoursPerWeek, minRestHours,
                    pledgedHoursPerWeek, likes, dislikes, availability, standardHours, maxHoursOutsideStandardPerWeek);
        }

        public Person withAvailability(Availability newAvailability) {
            return new Person(id, name, kind, youth, experienced, email, phone, credentials, skills, languages,
                    preferredLanguage, guardianConsent, maxHoursPerDay, maxHoursPerWeek, minRestHours,
                    pledgedHoursPerWeek, likes, dislikes, newAvailability, standardHours, maxHoursOutsideStandardPerWeek);
        }
    }

    /**
     * A parent or guardian's consent for a youth to take part: the day it was given, the guardian's
     * name and, optionally, how it was given. Nothing more about the guardian travels in a plan.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GuardianConsent(LocalDate given, String by, ConsentMethod method) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Credential(String type, LocalDate validUntil) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Availability(List<WeeklyWindow> weekly, List<Interval> dates, List<Interval> unavailable) {
    }

    /** A window on a weekday; when {@code to <= from} it ends on the next day. */
    public record WeeklyWindow(DayOfWeek day, LocalTime from, LocalTime to) {
    }

    public record Interval(LocalDateTime start, LocalDateTime end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(String id, String title, String activity, String series, String site,
                          LocalDateTime start, LocalDateTime end, Integer children, String ageGroup,
                          List<SeatGroup> seats) {
    }

    /** One entry of a session's {@code seats}: {@code count} numbered seats of one role. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeatGroup(String role, Integer count, List<String> requires, List<PersonKind> kinds,
                            Integer priority) {
    }

    /** Who sits in seat number {@code index} of {@code role} in {@code session}; a null person is an empty seat. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Assignment(String session, String role, int index, String person, boolean pinned) {
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
