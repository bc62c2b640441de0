package org.campcoplanner.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.campcoplanner.base.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's translations ({@code getTranslation(key, params)} in every view) from the app's message
 * files. A key missing from them shows as itself between exclamation marks, and a test keeps
 * that from ever reaching a user.
 */
@Component
class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Language.of(locale).locale());
        } catch (NoSuchMessageException e) {
            log.warn("No text for the key {}", key);
            return "!" + key + "!";
        }
    }
}
