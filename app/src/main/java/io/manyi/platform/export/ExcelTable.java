package io.manyi.platform.export;

import java.util.List;
import java.util.Objects;

/**
 * One sheet of an exported workbook: a title line, the column headers and the rows. The rows are
 * an {@link Iterable} read once while the sheet is written, so a caller can stream a million rows
 * from a cursor without holding them; each row is a list of cell values in column order
 * ({@code null} = empty cell).
 *
 * @param sheetName the tab's name (cut to Excel's 31 characters, without the characters Excel refuses)
 * @param title     the first line of the sheet, e.g. "Dashboard 2026-10 · 广州"
 */
public record ExcelTable(String sheetName, String title, List<ExcelColumn> columns, Iterable<? extends List<?>> rows) {

    public ExcelTable {
        Objects.requireNonNull(sheetName, "sheetName");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
    }
}
