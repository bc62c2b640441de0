package org.campcoplanner.audit;

/** What an audit event records. */
public enum AuditAction {
    CAMP_CREATED,
    PLAN_IMPORTED,
    CAMP_SETTINGS_CHANGED,
    SITE_ADDED,
    SESSIONS_CHANGED,
    PERSON_CHANGED,
    PEOPLE_IMPORTED,
    AVAILABILITY_CHANGED,
    SEAT_CHANGED,
    SOLVER_RESULT_SAVED,
    PROPOSED,
    CHANGES_REQUESTED,
    PUBLISHED,
    ACCOUNT_CREATED,
    ROLE_CHANGED,
    CAMPS_CHANGED,
    PASSWORD_CHANGED,
    EMAIL_CHANGED,
    /** Earlier versions locked accounts after wrong passwords; kept for their events. */
    ACCOUNT_UNLOCKED,
    LOGIN_FAILED,
    /** Earlier versions locked accounts after wrong passwords; kept for their events. */
    ACCOUNT_LOCKED,
    LOGINS_SLOWED,
    LOGIN_THROTTLE_CLEARED,
    SHIFT_WITHDRAWN,
    REPLANNED,
    CALENDAR_URL_CHANGED,
    ATTENDANCE_CONFIRMED,
    CREDITS_SPENT,
    AVAILABILITY_CONFLICT,
    REMINDER_SENT,
    PASSWORD_RESET_SENT,
    INVITATION_SENT,
    INVITATION_REVOKED,
    SHIFT_REQUESTED,
    SHIFT_REQUEST_ANSWERED,
    SHIFT_REQUEST_DECIDED
}
