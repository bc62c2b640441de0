package org.campcoplanner.base;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Every text a person reads comes from the message files under {@code i18n/}, one per feature and
 * language ({@code roster.properties} for English, {@code roster_fr.properties} for French), so
 * that features keep their words beside each other and a new language is one more file each.
 * Texts always go through {@link java.text.MessageFormat}: an apostrophe is written twice.
 */
@Configuration(proxyBeanMethods = false)
public class TranslationConfiguration {

    static final String FILES = "classpath*:i18n/*.properties";

    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames());
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // English is the file without a language suffix; never the server's own locale
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Language.ENGLISH.locale());
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    /** One bundle per feature file, e.g. {@code i18n/roster}, found on the class path. */
    static String[] basenames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(FILES);
            return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
