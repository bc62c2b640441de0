package org.campcoplanner.people;

/**
 * One problem in a people CSV file. Rows are numbered as in a spreadsheet, the header being row 1;
 * the column is null for a problem with the row as a whole.
 */
public record PeopleCsvProblem(int row, String column, String reason) {

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + reason;
    }
}
