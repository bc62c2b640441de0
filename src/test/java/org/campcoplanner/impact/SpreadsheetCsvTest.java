package org.campcoplanner.impact;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV that spreadsheets open with accents intact and never run as formulas. */
class SpreadsheetCsvTest {

    @Test
    void itStartsWithAByteOrderMarkAndRoundTripsThroughACsvParser() throws IOException {
        byte[] csv = SpreadsheetCsv.write(List.of("Person", "Hours"),
                List.of(List.of("Amélie Lefebvre, \"Mimi\"", 2.5), List.of("Line\nbreak", 3.0)));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(csv);
        assertThat(rows.get(0).values()).containsExactly("Person", "Hours");
        assertThat(rows.get(1).values()).containsExactly("Amélie Lefebvre, \"Mimi\"", "2.5");
        assertThat(rows.get(2).values()).containsExactly("Line\nbreak", "3");
    }

    @Test
    void aCellAFormulaWouldStartWithIsWrittenAsText() throws IOException {
        byte[] csv = SpreadsheetCsv.write(List.of("Person"), List.of(List.of("=HYPERLINK(\"x\")"), List.of("+1 call"),
                List.of("-5"), List.of("@SUM(A1)"), List.of("\tTab")));

        assertThat(parse(csv).stream().skip(1).map(row -> row.get(0)))
                .containsExactly("'=HYPERLINK(\"x\")", "'+1 call", "'-5", "'@SUM(A1)", "'\tTab");
        assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContain(",=HYPERLINK", "\n=HYPERLINK");
    }

    @Test
    void numbersAreWrittenWithADotWhateverTheLanguage() {
        assertThat(SpreadsheetCsv.cell(7.0)).isEqualTo("7");
        assertThat(SpreadsheetCsv.cell(7.25)).isEqualTo("7.25");
        assertThat(SpreadsheetCsv.cell(-2.0)).as("a number is no formula").isEqualTo("-2");
        assertThat(SpreadsheetCsv.cell(12)).isEqualTo("12");
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
    }

    static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith(SpreadsheetCsv.BYTE_ORDER_MARK);
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }
}
