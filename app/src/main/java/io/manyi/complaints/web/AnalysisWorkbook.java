package io.manyi.complaints.web;

import io.manyi.complaints.ComplaintAnalysis;
import io.manyi.platform.export.ExcelColumn;
import io.manyi.platform.export.ExcelTable;
import java.util.Arrays;
import java.util.List;

/** The complaint analysis as Excel tables: the figures by the chosen dimension, and the Pareto of causes. */
final class AnalysisWorkbook {

    private AnalysisWorkbook() {
    }

    static List<ExcelTable> tables(String by, String title, List<ComplaintAnalysis.Row> rows, List<ComplaintAnalysis.Cause> causes) {
        ExcelColumn group = "month".equals(by) ? ExcelColumn.month("月份", "Month") : ExcelColumn.text(groupZh(by), by);
        List<ExcelColumn> figureColumns = List.of(group, ExcelColumn.integer("投诉量", "Tickets"),
                ExcelColumn.decimal("百万客户投诉量", "Tickets per million subscribers"), ExcelColumn.decimal("平均处理时长(小时)", "Hours to resolve"),
                ExcelColumn.percent("时限达标率", "SLA compliance"), ExcelColumn.percent("重复投诉率", "Repeat rate"),
                ExcelColumn.integer("申诉量", "Regulator appeals"), ExcelColumn.decimal("百万客户申诉率", "Appeals per million subscribers"),
                ExcelColumn.percent("申诉时限达标率", "Appeals within SLA"));
        List<List<?>> figureRows = rows.stream().<List<?>>map(r -> Arrays.asList(r.group(), r.tickets(), r.perMillion(),
                r.hoursToResolve(), r.slaCompliance(), r.repeatRate(), r.appeals(), r.appealsPerMillion(), r.appealSlaCompliance())).toList();
        List<ExcelColumn> causeColumns = List.of(ExcelColumn.text("原因代码", "Category"), ExcelColumn.text("原因", "Cause"),
                ExcelColumn.text("责任部门", "Department"), ExcelColumn.integer("投诉量", "Tickets"), ExcelColumn.percent("占比", "Share"),
                ExcelColumn.percent("累计占比", "Cumulative share"));
        List<List<?>> causeRows = causes.stream().<List<?>>map(c -> Arrays.asList(c.category(), c.name(), c.department(), c.tickets(),
                c.share(), c.cumulativeShare())).toList();
        return List.of(new ExcelTable(by, title, figureColumns, figureRows), new ExcelTable("pareto", title, causeColumns, causeRows));
    }

    private static String groupZh(String by) {
        return switch (by) {
            case "department" -> "部门";
            case "city" -> "城市";
            case "brand" -> "品牌";
            case "channel" -> "渠道";
            case "category" -> "类别";
            default -> by;
        };
    }
}
