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
import org.campcoplanner.planning.DateStyle;

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
 * leaders and staff who confirmed them. The font is embedded so that every name prints as written.
 */
public final class HoursStatementPdf {

    private static final List<String> COLUMNS = List.of("Date", "Time", "Activity", "Hours", "Confirmed by");
    private static final BaseFont REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    private HoursStatementPdf() {
    }

    /** @param issued the day the statement is made, printed on it */
    public static byte[] of(Ledger ledger, LocalDate issued) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle("Statement of community-involvement hours: " + ledger.name());
        document.addCreator("Camp co-planner");
        document.open();
        document.add(new Paragraph("Statement of community-involvement hours", new Font(BOLD, 16)));
        Font text = new Font(REGULAR, 10.5f);
        document.add(spaced(new Paragraph("Volunteer: " + ledger.name(), text)));
        document.add(new Paragraph("Camp: " + ledger.camp() + (ledger.neighbourhood() == null ? ""
                : ", planned and run together by " + ledger.neighbourhood() + " residents and city staff"), text));
        document.add(new Paragraph("Issued on " + DateStyle.dayInYear(issued, DateStyle.UNTRANSLATED), text));
        document.add(table(ledger.earned()));
        document.add(new Paragraph(String.format(Locale.CANADA, "Total: %.2f hours.", ledger.earnedTotal()),
                new Font(BOLD, 11)));
        TreeSet<String> confirmers = new TreeSet<>();
        ledger.earned().forEach(shift -> confirmers.add(shift.confirmedByName()));
        document.add(spaced(new Paragraph(confirmers.isEmpty() ? "No hours are confirmed yet."
                : "Each session was confirmed on site, at the session, by the leader or city staff member named "
                + "beside it: " + String.join(", ", confirmers) + ".", text)));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(List<ConfirmedHours> earned) {
        PdfPTable table = new PdfPTable(new float[]{2.2f, 1.6f, 3.2f, 0.9f, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        table.setHeaderRows(1);
        Font header = new Font(BOLD, 9.5f);
        Font cell = new Font(REGULAR, 9.5f);
        COLUMNS.forEach(column -> table.addCell(cell(column, header)));
        for (ConfirmedHours shift : earned) {
            table.addCell(cell(DateStyle.dayInYear(shift.shiftStart().toLocalDate(), DateStyle.UNTRANSLATED), cell));
            table.addCell(cell(DateStyle.timeRange(shift.shiftStart(), shift.shiftEnd(), DateStyle.UNTRANSLATED), cell));
            table.addCell(cell(shift.sessionTitle(), cell));
            PdfPCell hours = cell(String.format(Locale.CANADA, "%.2f", shift.hours()), cell);
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
