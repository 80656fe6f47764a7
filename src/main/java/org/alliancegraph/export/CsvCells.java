package org.alliancegraph.export;

/**
 * Text cells made safe for spreadsheets. A cell that begins with {@code =}, {@code +}, {@code -}
 * or {@code @} (or a tab or carriage return) is read as a formula by Excel, LibreOffice and Google
 * Sheets; OWASP's advice is to prefix such a cell with an apostrophe. Cells that begin with an
 * apostrophe get one too, so that the rule can be undone exactly: drop one leading apostrophe.
 * Jackson's CSV writer quotes and escapes but knows nothing of formulas, hence this. Numeric
 * columns are never passed through here: a net of -1.7 stays a number.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The text as the CSV cell holds it. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'';
        return risky ? "'" + text : text;
    }

    /** The text a cell written by {@link #escape} stood for. */
    public static String unescape(String cell) {
        return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
