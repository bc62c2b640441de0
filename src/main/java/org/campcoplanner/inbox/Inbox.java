package org.campcoplanner.inbox;

import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Each person's messages: posted by the app (e.g. when their shifts change), read by the signed-in person. */
@Service
public class Inbox {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts a message to the person the camp's plan calls {@code planPersonId}, in the caller's
     * transaction: it is stored (and emailed) only if the change it reports is saved.
     */
    @Transactional
    public void post(long campId, String planPersonId, String subject, String body) {
        long personId = notifications.personOfPlan(campId, planPersonId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + planPersonId + " in camp " + campId));
        postToPerson(campId, personId, subject, body);
    }

    /** Like {@link #post}, to a person by database id. */
    @Transactional
    public void postToPerson(long campId, long personId, String subject, String body) {
        Notification saved = notifications.save(new Notification(personId, campId, clock.instant(), subject, body));
        events.publishEvent(new NotificationPosted(saved.getId()));
    }

    /** The signed-in person's messages, newest first; none for an account that is no person of a camp. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InboxMessage> mine() {
        return ownPersonId() == null ? List.of()
                : notifications.findByPersonIdOrderByCreatedAtDescIdDesc(ownPersonId()).stream().map(InboxMessage::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return ownPersonId() == null ? 0 : notifications.countByPersonIdAndReadAtIsNull(ownPersonId());
    }

    /** Marks one of the signed-in person's own messages read; someone else's is left alone. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        Long own = ownPersonId();
        notifications.findById(notificationId)
                .filter(notification -> own != null && notification.getPersonId() == own)
                .filter(notification -> notification.getReadAt() == null)
                .ifPresent(notification -> notification.setReadAt(clock.instant()));
    }

    private static Long ownPersonId() {
        return CurrentUser.get().map(CampUser::personId).orElse(null);
    }
}
