package io.manyi.platform.export;

import java.util.Locale;
import java.util.Objects;

/** One column of an exported table: its header in both languages and what its cells hold. */
public record ExcelColumn(String headerZh, String headerEn, CellKind kind) {

    public ExcelColumn {
        Objects.requireNonNull(headerZh, "headerZh");
        Objects.requireNonNull(headerEn, "headerEn");
        Objects.requireNonNull(kind, "kind");
    }

    public static ExcelColumn text(String zh, String en) {
        return new ExcelColumn(zh, en, CellKind.TEXT);
    }

    public static ExcelColumn integer(String zh, String en) {
        return new ExcelColumn(zh, en, CellKind.INTEGER);
    }

    public static ExcelColumn decimal(String zh, String en) {
        return new ExcelColumn(zh, en, CellKind.DECIMAL);
    }

    public static ExcelColumn percent(String zh, String en) {
        return new ExcelColumn(zh, en, CellKind.PERCENT);
    }

    public static ExcelColumn month(String zh, String en) {
        return new ExcelColumn(zh, en, CellKind.MONTH);
    }

    public String header(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? headerZh : headerEn;
    }
}
