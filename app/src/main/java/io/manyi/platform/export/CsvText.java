package io.manyi.platform.export;

import java.util.Arrays;
import java.util.List;

/**
 * A CSV download, row by row: every export writes its cells through here.
 *
 * <p>A cell is quoted as RFC 4180 says (a comma, quote or line break in it), and a cell that a
 * spreadsheet would take for a formula - one beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return - gets a leading {@code '} (OWASP's "CSV injection"): a
 * merchant code, a group name or a category typed by one person must not run as a formula
 * ({@code =HYPERLINK(...)}) on another's machine. A negative number is written as {@code '-5} by the
 * same rule; our exports have none, and text that looks like a number is still readable.
 *
 * <p>Written here rather than with Apache Commons CSV: that library is not on our classpath, it
 * does not neutralise formulas (the part that matters), and quoting is a dozen lines.
 */
public final class CsvText {

    /** The byte order mark that makes Excel read UTF-8 (Chinese headers and names) as UTF-8. */
    public static final String BOM = "\uFEFF";

    private final StringBuilder out;

    private CsvText(String start) {
        this.out = new StringBuilder(start);
    }

    public static CsvText create() {
        return new CsvText("");
    }

    /** Starts with {@link #BOM}, for files meant to be opened in Excel. */
    public static CsvText withBom() {
        return new CsvText(BOM);
    }

    public CsvText row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** One line, ended by {@code \n}; a null cell is empty. */
    public CsvText row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One cell as it is written: neutralised, then quoted when it must be. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = neutralised(value.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** {@code '} before a text a spreadsheet would read as a formula; any other text as it is. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
