package io.manyi.dashboard;

import io.manyi.platform.export.ExcelColumn;
import io.manyi.platform.export.ExcelTable;
import java.util.List;
import java.util.Locale;

/**
 * One KPI of the dashboard as a table (a row per month, oldest first) and how to chart it: the page
 * draws the chart and the table from it, the Excel export writes it as a sheet.
 *
 * @param key    stable id (page anchors, JSON, sheet names)
 * @param chart  the columns to draw, each as a bar or line on the left (0) or right (1) axis
 */
public record KpiTable(String key, String titleZh, String titleEn, List<ExcelColumn> columns, List<List<?>> rows, List<Series> chart) {

    /** One charted column. */
    public record Series(int column, String type, int axis) {

        public static Series bar(int column) {
            return new Series(column, "bar", 0);
        }

        public static Series line(int column, int axis) {
            return new Series(column, "line", axis);
        }
    }

    public String title(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }

    public ExcelTable excel(String sheetTitle, Locale locale) {
        return new ExcelTable(key, title(locale) + " · " + sheetTitle, columns, rows);
    }
}
