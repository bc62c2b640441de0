package org.campcoplanner.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where one-time links point: the app's own address ({@code CAMP_PUBLIC_URL}), never a request's Host
 * header, which a stranger controls. Without it, or without SMTP, no such link can reach anyone.
 */
@Component
class EmailedLinks {

    private final AccountMail mail;
    private final String publicUrl;

    EmailedLinks(AccountMail mail, @Value("${camp.public-url:}") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    boolean canReachAnyone() {
        return mail.canSend() && !publicUrl.isEmpty();
    }

    /** "https://camps.example.ca/welcome/SECRET" */
    String to(String route, String secret) {
        return publicUrl + "/" + route + "/" + secret;
    }
}
