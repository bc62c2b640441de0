package org.campcoplanner.people;

import org.campcoplanner.base.InEnglish;
import org.campcoplanner.planning.Text;

/**
 * One problem in a people CSV file. Rows are numbered as in a spreadsheet, the header being row 1;
 * the column is null for a problem with the row as a whole.
 */
public record PeopleCsvProblem(int row, String column, Text reason) {

    /** "row 3, column kind: 'helper' is not one of [...]", to be said in the reader's language. */
    public Text inWords() {
        return column == null ? Text.of("people.csv.problem.row", row, reason)
                : Text.of("people.csv.problem.row-column", row, column, reason);
    }

    @Override
    public String toString() {
        return InEnglish.say(inWords());
    }
}
