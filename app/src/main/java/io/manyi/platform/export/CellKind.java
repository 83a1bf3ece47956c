package io.manyi.platform.export;

/** What a column holds, which decides the cell's type and number format in the workbook. */
public enum CellKind {
    /** Text as written. */
    TEXT,
    /** A whole number, shown with thousands separators. */
    INTEGER,
    /** A number with two decimals (yuan, averages). */
    DECIMAL,
    /** A share as a fraction (0.125), shown as 12.5%. */
    PERCENT,
    /** A month ({@code YearMonth}, a date or "YYYY-MM"), stored as its first day and shown as 2026-10 so that Excel sorts and filters it as a date. */
    MONTH
}
