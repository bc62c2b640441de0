package org.campcoplanner.impact;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheet apps: UTF-8 with a byte order mark (so accents survive a double click), and
 * no cell a spreadsheet would run as a formula. A name such as {@code =HYPERLINK("x")} is written
 * with a leading apostrophe, which spreadsheets show as text.
 */
final class SpreadsheetCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    static byte[] write(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header.stream().map(SpreadsheetCsv::cell).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Numbers as numbers (dot for decimals, whatever the reader's language), text made safe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return hours(number);
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** At most two decimals and none it does not need: 7, 7.5, 7.25. */
    static String hours(double hours) {
        return BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
