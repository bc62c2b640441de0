package org.campcoplanner.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and times as every page, notice and rule sentence shows them, one method per kind: "Mon 6 Jul",
 * "Monday 6 July", "Mon 6 Jul 10:00", "10:00–12:30", "Mon 6 Jul 2026, 20:46". Day before month and a
 * 24-hour clock read the same in English and French Canada, unlike "12/1/2026" or "10:00 a.m.".
 *
 * <p>Lives in the planning core because the core's rule sentences use it and the core may use nothing
 * outside itself; the app's pages and services use the same class. French ("fr", any country) gets
 * Canadian French, "lun. 6 juill."; every other language gets English, the app's language until it is
 * translated.
 */
public final class DateStyle {

    /** The language of sentences written away from a page (rule breaches, notices, errors) until they are translated. */
    public static final Locale UNTRANSLATED = Locale.ENGLISH;

    private static final Styles ENGLISH = new Styles(Locale.ENGLISH, "next day");
    private static final Styles FRENCH = new Styles(Locale.CANADA_FRENCH, "le lendemain");

    private DateStyle() {
    }

    /** "Mon 6 Jul", "lun. 6 juill." */
    public static String day(LocalDate day, Locale locale) {
        return styles(locale).day.format(day);
    }

    /** "Mon 6 Jul 2026", for dates that may lie in another year: a camp's days, a statement of hours. */
    public static String dayInYear(LocalDate day, Locale locale) {
        return styles(locale).dayInYear.format(day);
    }

    /** "Monday 6 July", "lundi 6 juillet": a day's heading. */
    public static String heading(LocalDate day, Locale locale) {
        return styles(locale).heading.format(day);
    }

    /** "Mon 6 Jul – Sun 12 Jul", or one day alone. */
    public static String days(LocalDate first, LocalDate last, Locale locale) {
        return first.equals(last) ? day(first, locale) : day(first, locale) + " – " + day(last, locale);
    }

    /** "Mon 6 Jul 2026 – Fri 31 Jul 2026", or one day alone. */
    public static String daysInYear(LocalDate first, LocalDate last, Locale locale) {
        return first.equals(last) ? dayInYear(first, locale) : dayInYear(first, locale) + " – " + dayInYear(last, locale);
    }

    /** "Monday", "lundi" */
    public static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, styles(locale).locale);
    }

    /** "Mon", "lun." */
    public static String weekdayShort(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT, styles(locale).locale);
    }

    /** "10:00", "22:30" */
    public static String time(LocalTime time, Locale locale) {
        return styles(locale).time.format(time);
    }

    /** "Mon 6 Jul 10:00" */
    public static String dayTime(LocalDateTime when, Locale locale) {
        return day(when.toLocalDate(), locale) + " " + time(when.toLocalTime(), locale);
    }

    /**
     * "10:00–12:30"; "22:00–07:00 next day" when it ends the next morning; "09:00 – Fri 10 Jul 17:00" when it
     * ends later still. Ending at midnight ends the first day: "18:00–00:00".
     */
    public static String timeRange(LocalDateTime start, LocalDateTime end, Locale locale) {
        LocalDate endDay = end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.isAfter(start)
                ? end.toLocalDate().minusDays(1) : end.toLocalDate();
        LocalDate startDay = start.toLocalDate();
        if (endDay.isAfter(startDay.plusDays(1))) {
            return time(start.toLocalTime(), locale) + " – " + dayTime(end, locale);
        }
        String range = time(start.toLocalTime(), locale) + "–" + time(end.toLocalTime(), locale);
        return endDay.equals(startDay) ? range : range + " " + styles(locale).nextDay;
    }

    /** "09:00–12:00" for a weekly window; an end earlier than the start is the next day. */
    public static String timeRange(LocalTime from, LocalTime to, Locale locale) {
        LocalDate someDay = LocalDate.of(2000, 1, 3);
        LocalDateTime end = to.isAfter(from) || to.equals(LocalTime.MIDNIGHT) ? someDay.atTime(to)
                : someDay.plusDays(1).atTime(to);
        return timeRange(someDay.atTime(from), end, locale);
    }

    /** "Mon 6 Jul 10:00–12:30", "Fri 10 Jul 19:00–09:00 next day": when a session, shift or absence is. */
    public static String when(LocalDateTime start, LocalDateTime end, Locale locale) {
        return day(start.toLocalDate(), locale) + " " + timeRange(start, end, locale);
    }

    /** "Mon 6 Jul 2026, 20:46": when something happened, told in the given zone. */
    public static String timestamp(Instant at, ZoneId zone, Locale locale) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return dayInYear(local.toLocalDate(), locale) + ", " + time(local.toLocalTime(), locale);
    }

    private static Styles styles(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    private record Styles(Locale locale, DateTimeFormatter day, DateTimeFormatter dayInYear, DateTimeFormatter heading,
            DateTimeFormatter time, String nextDay) {

        Styles(Locale locale, String nextDay) {
            this(locale, DateTimeFormatter.ofPattern("EEE d MMM", locale), DateTimeFormatter.ofPattern("EEE d MMM uuuu", locale),
                    DateTimeFormatter.ofPattern("EEEE d MMMM", locale), DateTimeFormatter.ofPattern("HH:mm", locale), nextDay);
        }
    }
}
