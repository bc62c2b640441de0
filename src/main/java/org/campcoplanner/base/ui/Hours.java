package org.campcoplanner.base.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Hours as lists show them: "7", "7.5"; "7,5" in French; nothing when there are none. */
public final class Hours {

    private Hours() {
    }

    public static String of(Double hours, Locale locale) {
        if (hours == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(hours);
    }
}
