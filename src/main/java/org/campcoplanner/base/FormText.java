package org.campcoplanner.base;

/** Text as people type it into a form: surrounding spaces are not part of it, and blank means nothing was entered. */
public final class FormText {

    private FormText() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
