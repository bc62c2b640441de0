package org.campcoplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.campcoplanner.base.Language;
import org.campcoplanner.base.PreferredLanguages;
import org.campcoplanner.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every page opens in its reader's language: the one their account keeps, else (on the login page,
 * and at the first sign-in, when it becomes the account's) the first of the browser's languages
 * the app speaks. A switch of language applies to the whole session at once.
 */
@Component
class ReaderLanguage implements VaadinServiceInitListener {

    private static final String CHOSEN = ReaderLanguage.class.getName() + ".chosen";

    private final PreferredLanguages preferred;

    ReaderLanguage(PreferredLanguages preferred) {
        this.preferred = preferred;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(languageFor(VaadinRequest.getCurrent()).locale()));
    }

    /** Switches the signed-in reader's language for this session and, through their account, for good. */
    void choose(UI ui, Language language) {
        preferred.choose(language);
        ui.getSession().setAttribute(CHOSEN, language);
        ui.setLocale(language.locale());
    }

    Language languageFor(VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(CHOSEN) instanceof Language chosen) {
            return chosen;
        }
        Language browser = Language.firstSpoken(browserLanguages(request));
        Optional<Language> kept = preferred.signedIn();
        if (kept.isEmpty()) {
            preferred.choose(browser);
        }
        Language language = kept.orElse(browser);
        // once signed in, the session remembers it: later pages need not ask the account again
        if (session != null && CurrentUser.get().isPresent()) {
            session.setAttribute(CHOSEN, language);
        }
        return language;
    }

    private static List<Locale> browserLanguages(VaadinRequest request) {
        return request == null ? List.of() : Collections.list(request.getLocales());
    }
}
