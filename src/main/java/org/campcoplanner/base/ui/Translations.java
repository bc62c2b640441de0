package org.campcoplanner.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.campcoplanner.base.Language;
import org.campcoplanner.base.Texts;
import org.campcoplanner.planning.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's translations ({@code getTranslation(key, params)} in every view) from the app's message
 * files, said by {@link Texts}: days, times and inner {@link Text}s among the parameters come out in
 * the reader's date style and language. A key missing from the files shows as itself between
 * exclamation marks, and a test keeps that from ever reaching a user.
 */
@Component
class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final Texts texts;

    Translations(Texts texts) {
        this.texts = texts;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return texts.say(Text.of(key, params), locale);
        } catch (NoSuchMessageException e) {
            log.warn("No text for the key {}", key);
            return "!" + key + "!";
        }
    }
}
