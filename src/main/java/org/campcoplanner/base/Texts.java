package org.campcoplanner.base;

import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Says a {@link Text} in a language: its key from the message files, its days and times in the
 * one date style, its inner texts said first and a list of them as lines. What pages, emails, calendar events and statements
 * use for words that the planning core or a service put together.
 */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Texts from the app's message files without an application context: for the command line,
     * which starts no Spring for a solve, records' own checks, and tests. One is made on first use and shared.
     */
    public static Texts standalone() {
        return Standalone.TEXTS;
    }

    private static final class Standalone {
        private static final Texts TEXTS = new Texts(new TranslationConfiguration().messageSource());
    }

    public String say(Text text, Locale locale) {
        Locale language = Language.of(locale).locale();
        Object[] args = text.args().stream().map(arg -> said(arg, language)).toArray();
        return messages.getMessage(text.key(), args, language);
    }

    /** Texts said one per line. */
    public String lines(List<Text> lines, Locale locale) {
        return String.valueOf(said(lines, locale));
    }

    /** A key with its parameters, said at once. */
    public String say(Locale locale, String key, Object... args) {
        return say(Text.of(key, args), locale);
    }

    private Object said(Object arg, Locale locale) {
        if (arg instanceof Text inner) {
            return say(inner, locale);
        }
        if (arg instanceof List<?> lines) {
            return lines.stream().map(line -> String.valueOf(said(line, locale))).collect(Collectors.joining("\n"));
        }
        if (arg instanceof Text.When when) {
            return DateStyle.when(when.start(), when.end(), locale);
        }
        if (arg instanceof LocalDateTime moment) {
            return DateStyle.dayTime(moment, locale);
        }
        if (arg instanceof LocalDate day) {
            return DateStyle.day(day, locale);
        }
        if (arg instanceof LocalTime time) {
            return DateStyle.time(time, locale);
        }
        if (arg instanceof DayOfWeek day) {
            return DateStyle.weekday(day, locale);
        }
        return arg;
    }
}
