package org.campcoplanner.inbox;

import java.time.Instant;

/**
 * One message of an inbox, as its reader sees it; {@code readAt} is null while unread, {@code link}
 * (null when there is nothing to do) the page inside the app where the reader acts on it.
 */
public record InboxMessage(long id, Instant createdAt, String subject, String body, Instant readAt, String link) {

    static InboxMessage of(Notification notification) {
        return new InboxMessage(notification.getId(), notification.getCreatedAt(), notification.getSubject(),
                notification.getBody(), notification.getReadAt(), notification.getLink());
    }

    public boolean unread() {
        return readAt == null;
    }
}
