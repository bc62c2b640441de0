package org.campcoplanner.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails a notification to its person or account once it is saved, when SMTP is configured
 * ({@code spring.mail.host}) and the reader has an email address. Without either, the in-app
 * inbox is the only channel. A failed send is logged without the address and left in the inbox.
 * Sending happens on a background thread, so publishing to many people never waits for the mail
 * server.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository notifications;
    private final String from;
    private final String publicUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications,
                       @Value("${camp.mail.from:camp-coplanner@localhost}") String from,
                       @Value("${camp.public-url:}") String publicUrl) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void send(NotificationPosted posted) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Notification notification = notifications.findById(posted.notificationId()).orElseThrow();
        String to = (notification.getAccountId() != null ? notifications.emailOfAccount(notification.getAccountId())
                : notifications.emailOfPerson(notification.getPersonId())).filter(email -> !email.isBlank()).orElse(null);
        if (to == null) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(notification.getSubject());
        mail.setText(text(notification));
        try {
            sender.send(mail);
            notification.setEmailed(true);
        } catch (MailException e) {
            log.warn("Could not email notification {}: {}", notification.getId(), e.getClass().getSimpleName());
        }
    }

    /** The body and, when the app's address is known, where to act on it. */
    String text(Notification notification) {
        if (notification.getLink() == null || publicUrl.isEmpty()) {
            return notification.getBody();
        }
        return notification.getBody() + "\n\nOpen it in the camp co-planner: " + publicUrl + "/" + notification.getLink();
    }
}
