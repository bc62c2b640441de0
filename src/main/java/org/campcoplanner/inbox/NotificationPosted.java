package org.campcoplanner.inbox;

/** Published when a notification is stored; once the transaction commits it may be emailed. */
record NotificationPosted(long notificationId) {
}
