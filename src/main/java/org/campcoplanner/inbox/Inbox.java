package org.campcoplanner.inbox;

import org.campcoplanner.base.Language;
import org.campcoplanner.base.Texts;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.planning.Text;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Messages posted by the app to people of a camp (e.g. when their shifts change) and to planners'
 * accounts (e.g. when a roster waits for their signature), read by the signed-in reader. Each says
 * where to act on it: a path inside the app, or null when there is nothing to do.
 */
@Service
public class Inbox {

    private final NotificationRepository notifications;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Clock clock;

    Inbox(NotificationRepository notifications, PersonDirectory people, ApplicationEventPublisher events, Texts texts,
          Clock clock) {
        this.notifications = notifications;
        this.people = people;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Posts a message to the person the camp's plan calls {@code planPersonId}, in the caller's
     * transaction: it is stored (and emailed) only if the change it reports is saved. The words are
     * said in the person's language, as the message is posted.
     */
    @Transactional
    public void post(long campId, String planPersonId, Text subject, Text body, String link) {
        long personId = notifications.personOfPlan(campId, planPersonId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + planPersonId + " in camp " + campId));
        postToPerson(campId, personId, subject, body, link);
    }

    /** Like {@link #post}, to a person by database id. */
    @Transactional
    public void postToPerson(long campId, long personId, Text subject, Text body, String link) {
        Locale language = people.languageOf(personId).locale();
        saved(Notification.toPerson(personId, campId, clock.instant(), texts.say(subject, language),
                texts.say(body, language), link));
    }

    /** Like {@link #post}, to each of the accounts, such as the planners of the camp who should act, each in theirs. */
    @Transactional
    public void postToAccounts(long campId, Collection<Long> accountIds, Text subject, Text body, String link) {
        for (long accountId : accountIds) {
            saved(toAccount(accountId, campId, subject, body, link));
        }
    }

    /** A message about the account itself, belonging to no camp. */
    @Transactional
    public void postToAccount(long accountId, Text subject, Text body, String link) {
        saved(toAccount(accountId, null, subject, body, link));
    }

    private Notification toAccount(long accountId, Long campId, Text subject, Text body, String link) {
        Locale language = language(notifications.languageOfAccount(accountId));
        return Notification.toAccount(accountId, campId, clock.instant(), texts.say(subject, language),
                texts.say(body, language), link);
    }

    private static Locale language(Optional<String> tag) {
        return tag.flatMap(Language::ofTag).orElse(Language.ENGLISH).locale();
    }

    private void saved(Notification notification) {
        Notification saved = notifications.save(notification);
        events.publishEvent(new NotificationPosted(saved.getId()));
    }

    /** The signed-in reader's messages, to their account and to the person they are, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InboxMessage> mine() {
        return reader().map(me -> notifications.findForReader(me.accountId(), me.personId()).stream()
                .map(InboxMessage::of).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return reader().map(me -> notifications.countUnreadForReader(me.accountId(), me.personId())).orElse(0L);
    }

    /** Marks one of the signed-in reader's own messages read; someone else's is left alone. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        reader().ifPresent(me -> notifications.findById(notificationId)
                .filter(notification -> isFor(notification, me))
                .filter(notification -> notification.getReadAt() == null)
                .ifPresent(notification -> notification.setReadAt(clock.instant())));
    }

    private static boolean isFor(Notification notification, CampUser reader) {
        return Objects.equals(notification.getAccountId(), reader.accountId())
                || notification.getPersonId() != null && notification.getPersonId().equals(reader.personId());
    }

    private static Optional<CampUser> reader() {
        return CurrentUser.get();
    }
}
