package org.campcoplanner.account;

import org.campcoplanner.base.Language;
import org.campcoplanner.base.Texts;
import org.campcoplanner.planning.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Emails a one-time link (a password reset, an invitation) to an address that has no account yet or whose
 * owner is not signed in, so the inbox cannot carry it. Sent on a background thread, so that a reset request
 * for an address with an account takes as long to answer as one without. A failed send is logged without the
 * address or the link.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Texts texts;
    private final String from;

    AccountMail(ObjectProvider<JavaMailSender> mailSender, Texts texts,
                      @Value("${camp.mail.from:camp-coplanner@localhost}") String from) {
        this.mailSender = mailSender;
        this.texts = texts;
        this.from = from;
    }

    boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    @Async
    public void send(String to, Language language, Text subject, Text body) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(texts.say(subject, language.locale()));
        message.setText(texts.say(body, language.locale()));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not email a one-time link: {}", e.getClass().getSimpleName());
        }
    }
}
