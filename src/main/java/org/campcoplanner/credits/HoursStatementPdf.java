package org.campcoplanner.credits;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.campcoplanner.base.Texts;
import org.campcoplanner.planning.DateStyle;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The statement of community-involvement hours as a PDF to hand in at school: the same dates,
 * hours, sessions and confirming adults as the printable page, signed off with the names of the
 * leaders and staff who confirmed them, in the reader's language. The font is embedded so that
 * every name prints as written.
 */
@Component
public class HoursStatementPdf {

    private static final List<String> COLUMNS = List.of("date", "time", "activity", "hours", "confirmed-by");
    private static final BaseFont REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    private final Texts texts;

    HoursStatementPdf(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param issued   the day the statement is made, printed on it
     * @param language the reader's language, which the statement is written in
     */
    public byte[] of(Ledger ledger, LocalDate issued, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.say(language, "credits.statement.document-title", ledger.name()));
        document.addCreator(texts.say(language, "base.app.name"));
        document.open();
        document.add(new Paragraph(texts.say(language, "credits.statement.heading"), new Font(BOLD, 16)));
        Font text = new Font(REGULAR, 10.5f);
        document.add(spaced(new Paragraph(texts.say(language, "credits.statement.volunteer", ledger.name()), text)));
        document.add(new Paragraph(ledger.neighbourhood() == null
                ? texts.say(language, "credits.statement.camp", ledger.camp())
                : texts.say(language, "credits.statement.camp-planned", ledger.camp(), ledger.neighbourhood()), text));
        document.add(new Paragraph(texts.say(language, "credits.statement.issued", DateStyle.dayInYear(issued, language)),
                text));
        document.add(table(ledger.earned(), language));
        document.add(new Paragraph(texts.say(language, "credits.statement.total-hours", ledger.earnedTotal()),
                new Font(BOLD, 11)));
        TreeSet<String> confirmers = new TreeSet<>();
        ledger.earned().forEach(shift -> confirmers.add(shift.confirmedByName()));
        document.add(spaced(new Paragraph(confirmers.isEmpty() ? texts.say(language, "credits.statement.none-confirmed")
                : texts.say(language, "credits.statement.confirmed-by-all", String.join(", ", confirmers)), text)));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable table(List<ConfirmedHours> earned, Locale language) {
        PdfPTable table = new PdfPTable(new float[]{2.2f, 1.6f, 3.2f, 0.9f, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        table.setHeaderRows(1);
        Font header = new Font(BOLD, 9.5f);
        Font cell = new Font(REGULAR, 9.5f);
        COLUMNS.forEach(column -> table.addCell(cell(texts.say(language, "credits.statement.column." + column), header)));
        for (ConfirmedHours shift : earned) {
            table.addCell(cell(DateStyle.dayInYear(shift.shiftStart().toLocalDate(), language), cell));
            table.addCell(cell(DateStyle.timeRange(shift.shiftStart(), shift.shiftEnd(), language), cell));
            table.addCell(cell(shift.sessionTitle(), cell));
            PdfPCell hours = cell(texts.say(language, "credits.statement.hours", shift.hours()), cell);
            hours.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(hours);
            table.addCell(cell(shift.confirmedByName(), cell));
        }
        return table;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(8);
        return paragraph;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = HoursStatementPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
