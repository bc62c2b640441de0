package org.campcoplanner.inbox;

import java.time.Instant;

/** One message of a person's inbox, as its reader sees it; {@code readAt} is null while unread. */
public record InboxMessage(long id, Instant createdAt, String subject, String body, Instant readAt) {

    static InboxMessage of(Notification notification) {
        return new InboxMessage(notification.getId(), notification.getCreatedAt(), notification.getSubject(),
                notification.getBody(), notification.getReadAt());
    }

    public boolean unread() {
        return readAt == null;
    }
}
