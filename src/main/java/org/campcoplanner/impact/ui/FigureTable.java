package org.campcoplanner.impact.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/** A chart's numbers as a plain table below it, for screen readers and for copying into a report. */
final class FigureTable {

    private FigureTable() {
    }

    static NativeTable of(String caption, List<String> headings, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("figure-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        headings.forEach(heading -> head.addHeaderCell().setText(heading));
        for (List<String> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(cells.get(0));
            cells.subList(1, cells.size()).forEach(cell -> row.addDataCell().setText(cell));
        }
        return table;
    }
}
