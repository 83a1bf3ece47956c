package io.manyi.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as an Excel workbook (.xlsx, one sheet per table), streaming: rows go to the
 * output every {@value #FLUSH_EVERY} rows, so the memory used does not grow with the row count.
 *
 * <p>Built on {@code org.dhatim:fastexcel} (a 200 KB streaming OOXML writer with one small
 * dependency) rather than Apache POI's SXSSF (POI, XMLBeans and commons-* are some 15 MB and
 * spill rows to temporary files): we only write typed cells with a number format, which is
 * exactly what fastexcel does, and fast.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final int FLUSH_EVERY = 1_000;
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final int FIRST_DATA_ROW = 2;

    private Xlsx() {
    }

    /** Writes the tables to {@code out} (not closed) with headers in {@code locale}'s language (Chinese for zh, English otherwise). */
    public static void write(OutputStream out, Locale locale, List<ExcelTable> tables) {
        try {
            Workbook workbook = new Workbook(out, "Manyi", "1.0");
            Set<String> names = new HashSet<>();
            for (ExcelTable table : tables) {
                writeSheet(workbook.newWorksheet(uniqueName(table.sheetName(), names)), locale, table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSheet(Worksheet sheet, Locale locale, ExcelTable table) throws IOException {
        List<ExcelColumn> columns = table.columns();
        if (table.title() != null && !table.title().isBlank()) {
            sheet.value(TITLE_ROW, 0, table.title());
            sheet.style(TITLE_ROW, 0).bold().fontSize(13).set();
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(HEADER_ROW, c, columns.get(c).header(locale));
            sheet.style(HEADER_ROW, c).bold().fillColor("DDE7F3").set();
            sheet.width(c, columns.get(c).kind() == CellKind.TEXT ? 24 : 14);
        }
        sheet.freezePane(0, FIRST_DATA_ROW);
        int r = FIRST_DATA_ROW;
        for (List<?> row : table.rows()) {
            for (int c = 0; c < Math.min(row.size(), columns.size()); c++) {
                cell(sheet, r, c, columns.get(c).kind(), row.get(c));
            }
            r++;
            if ((r - FIRST_DATA_ROW) % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, CellKind kind, Object value) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case TEXT -> sheet.value(r, c, value.toString());
            case INTEGER -> {
                sheet.value(r, c, number(value));
                sheet.style(r, c).format("#,##0").set();
            }
            case DECIMAL -> {
                sheet.value(r, c, number(value));
                sheet.style(r, c).format("#,##0.00").set();
            }
            case PERCENT -> {
                sheet.value(r, c, number(value));
                sheet.style(r, c).format("0.0%").set();
            }
            case MONTH -> {
                sheet.value(r, c, firstDay(value));
                sheet.style(r, c).format("yyyy-mm").set();
            }
        }
    }

    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        return new BigDecimal(value.toString().strip());
    }

    private static LocalDate firstDay(Object value) {
        return switch (value) {
            case YearMonth m -> m.atDay(1);
            case LocalDate d -> d.withDayOfMonth(1);
            case TemporalAccessor t -> YearMonth.from(t).atDay(1);
            default -> YearMonth.parse(value.toString().strip().substring(0, 7)).atDay(1);
        };
    }

    /** Excel refuses []:*?/\ in a sheet name, names longer than 31 characters and duplicates (case-insensitive). */
    static String uniqueName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
