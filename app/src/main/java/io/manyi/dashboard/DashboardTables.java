package io.manyi.dashboard;

import io.manyi.platform.export.CellKind;
import io.manyi.platform.export.ExcelColumn;
import io.manyi.platform.export.ExcelTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The dashboard as tables, one per KPI (twelve months each), plus the summary of the headline
 * figures: the one definition the page, its charts and the Excel export all use.
 */
public final class DashboardTables {

    /** One headline figure: this month, the previous month and the change, of one kind. */
    public record Headline(String key, String labelZh, String labelEn, CellKind kind, Object current,
                           Object previous, Object change) {

        public String label(Locale locale) {
            return locale != null && "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
        }
    }

    private static final ExcelColumn MONTH = ExcelColumn.month("月份", "Month");

    private DashboardTables() {
    }

    public static List<Headline> headlines(DashboardView v) {
        MonthFigures c = v.current();
        MonthFigures p = v.previous();
        var change = v.change();
        return List.of(
                pct("churnRate", "中高端客户离网率", "Mid/high-end churn rate", c.churnRate(), p.churnRate(), change),
                pct("retentionRate", "中高端客户保有率", "Mid/high-end retention", c.retentionRate(), p.retentionRate(), change),
                pct("threeStarsOrMoreShare", "三星及以上占比", "Share with 3+ stars", c.threeStarsOrMoreShare(), p.threeStarsOrMoreShare(), change),
                pct("vipCardShare", "全球通VIP卡占比", "GoTone VIP card share", c.vipCardShare(), p.vipCardShare(), change),
                new Headline("pointsOutstanding", "未兑换积分", "Outstanding points", CellKind.INTEGER,
                        c.pointsOutstanding(), p.pointsOutstanding(), change.get("pointsOutstanding")),
                new Headline("pointsValueYuan", "积分负债(元)", "Points liability (yuan)", CellKind.DECIMAL,
                        c.pointsValueYuan(), p.pointsValueYuan(), change.get("pointsValueYuan")),
                pct("completionRate", "任务完成率", "Task completion", c.completionRate(), p.completionRate(), change),
                pct("conversionRate", "任务转化率", "Task conversion", c.conversionRate(), p.conversionRate(), change),
                new Headline("complaintsPerMillion", "百万客户申诉率", "Regulator appeals per million", CellKind.DECIMAL,
                        c.complaintsPerMillion(), p.complaintsPerMillion(), change.get("complaintsPerMillion")),
                pct("slaCompliance", "投诉时限达标率", "SLA compliance", c.slaCompliance(), p.slaCompliance(), change),
                new Headline("averageScore", "满意度平均分", "Average satisfaction score", CellKind.DECIMAL,
                        c.averageScore(), p.averageScore(), change.get("averageScore")));
    }

    private static Headline pct(String key, String zh, String en, BigDecimal now, BigDecimal before, java.util.Map<String, BigDecimal> change) {
        return new Headline(key, zh, en, CellKind.PERCENT, now, before, change.get(key));
    }

    public static List<KpiTable> kpis(DashboardView v) {
        List<MonthFigures> t = v.trend();
        List<KpiTable> tables = new ArrayList<>();
        tables.add(table("churn", "中高端客户离网与保有", "Mid/high-end churn and retention", t,
                List.of(ExcelColumn.integer("月初中高端客户", "Mid/high-end at month start"), ExcelColumn.integer("当月离网", "Left in the month"),
                        ExcelColumn.percent("离网率", "Churn rate"), ExcelColumn.percent("保有率", "Retention")),
                f -> Arrays.asList(f.midHighBase(), f.midHighChurned(), f.churnRate(), f.retentionRate()),
                List.of(KpiTable.Series.line(3, 0))));
        List<ExcelColumn> starColumns = new ArrayList<>(List.of(ExcelColumn.integer("评定客户", "Assessed")));
        for (int s = 0; s <= 5; s++) {
            starColumns.add(ExcelColumn.integer(s + "星", s + " stars"));
        }
        starColumns.add(ExcelColumn.percent("三星及以上占比", "3+ stars share"));
        tables.add(table("stars", "客户星级结构", "Star mix", t, starColumns, f -> {
            List<Object> row = new ArrayList<>(List.of(f.assessed()));
            row.addAll(f.stars());
            row.add(f.threeStarsOrMoreShare());
            return row;
        }, List.of(KpiTable.Series.bar(2), KpiTable.Series.bar(3), KpiTable.Series.bar(4), KpiTable.Series.bar(5),
                KpiTable.Series.bar(6), KpiTable.Series.bar(7))));
        tables.add(table("vip", "全球通VIP卡结构", "GoTone VIP cards", t,
                List.of(ExcelColumn.integer("已评审客户", "Reviewed"), ExcelColumn.integer("银卡", "Silver"), ExcelColumn.integer("金卡", "Gold"),
                        ExcelColumn.integer("钻石卡", "Diamond"), ExcelColumn.percent("持卡占比", "Card share")),
                f -> Arrays.asList(f.vipReviewed(), f.vipSilver(), f.vipGold(), f.vipDiamond(), f.vipCardShare()),
                List.of(KpiTable.Series.bar(2), KpiTable.Series.bar(3), KpiTable.Series.bar(4))));
        tables.add(table("points", "积分负债", "Points liability", t,
                List.of(ExcelColumn.integer("未兑换积分", "Outstanding points"), ExcelColumn.decimal("折合金额(元)", "Value (yuan)")),
                f -> Arrays.asList(f.pointsOutstanding(), f.pointsValueYuan()),
                List.of(KpiTable.Series.bar(1), KpiTable.Series.line(2, 1))));
        tables.add(table("tasks", "关键时刻任务完成与转化", "Task completion and conversion", t,
                List.of(ExcelColumn.integer("到期任务", "Tasks due"), ExcelColumn.integer("已完成", "Done"), ExcelColumn.integer("接受推荐", "Accepted"),
                        ExcelColumn.integer("未联系上", "Failed"), ExcelColumn.integer("已过期", "Expired"),
                        ExcelColumn.percent("完成率", "Completion"), ExcelColumn.percent("转化率", "Conversion")),
                f -> Arrays.asList(f.tasksDue(), f.tasksDone(), f.tasksAccepted(), f.tasksFailed(), f.tasksExpired(), f.completionRate(),
                        f.conversionRate()),
                List.of(KpiTable.Series.bar(1), KpiTable.Series.bar(2), KpiTable.Series.line(6, 1), KpiTable.Series.line(7, 1))));
        tables.add(table("complaints", "百万客户申诉率", "Regulator appeals per million subscribers", t,
                List.of(ExcelColumn.integer("申诉量", "Regulator appeals"), ExcelColumn.integer("在网客户", "Subscribers"),
                        ExcelColumn.decimal("百万客户申诉率", "Appeals per million"), ExcelColumn.integer("投诉量", "All tickets")),
                f -> Arrays.asList(f.appeals(), f.subscribers(), f.complaintsPerMillion(), f.tickets()),
                List.of(KpiTable.Series.bar(1), KpiTable.Series.line(3, 1))));
        tables.add(table("sla", "投诉时限达标率", "Complaint SLA compliance", t,
                List.of(ExcelColumn.integer("已结或超时", "Closed or breached"), ExcelColumn.integer("未超时", "Within SLA"),
                        ExcelColumn.percent("达标率", "Compliance")),
                f -> Arrays.asList(f.slaCounted(), f.slaMet(), f.slaCompliance()),
                List.of(KpiTable.Series.line(3, 0))));
        tables.add(satisfaction(t));
        return tables;
    }

    private static KpiTable satisfaction(List<MonthFigures> t) {
        TreeSet<String> names = new TreeSet<>();
        t.forEach(f -> names.addAll(f.dimensionScores().keySet()));
        List<ExcelColumn> columns = new ArrayList<>(List.of(ExcelColumn.integer("发出调查", "Surveys sent"),
                ExcelColumn.integer("回复", "Answered"), ExcelColumn.decimal("总体平均分", "Overall average")));
        List<KpiTable.Series> chart = new ArrayList<>(List.of(KpiTable.Series.line(3, 0)));
        for (String name : names) {
            columns.add(ExcelColumn.decimal(DimensionNames.zh(name), DimensionNames.en(name)));
            chart.add(KpiTable.Series.line(columns.size(), 0));
        }
        return table("satisfaction", "分维度满意度", "Satisfaction by dimension", t, columns, f -> {
            List<Object> row = new ArrayList<>(Arrays.asList(f.surveysSent(), f.surveysAnswered(), f.averageScore()));
            names.forEach(n -> row.add(f.dimensionScores().get(n)));
            return row;
        }, chart);
    }

    /** Campaign uplift of the month (not a trend: the campaigns that count in the month). */
    public static KpiTable campaigns(DashboardView v) {
        List<ExcelColumn> columns = List.of(ExcelColumn.text("活动", "Campaign"), ExcelColumn.integer("目标组", "Treated"),
                ExcelColumn.percent("目标组响应率", "Treated rate"), ExcelColumn.integer("对照组", "Control"),
                ExcelColumn.percent("对照组响应率", "Control rate"), ExcelColumn.percent("提升", "Uplift"));
        List<List<?>> rows = v.campaigns().stream().filter(CampaignUplift::hasResults).<List<?>>map(c -> Arrays.asList(c.name(), c.treated(), c.treatedRate(), c.control(),
                c.controlRate(), c.uplift())).toList();
        return new KpiTable("campaigns", "营销活动提升效果", "Campaign uplift", columns, rows, List.of());
    }

    /** The summary sheet: one column per headline figure, rows this month / previous month / change. */
    public static ExcelTable summary(DashboardView v, String title) {
        List<Headline> h = headlines(v);
        List<ExcelColumn> columns = new ArrayList<>(List.of(ExcelColumn.text("", "")));
        h.forEach(x -> columns.add(new ExcelColumn(x.labelZh(), x.labelEn(), x.kind())));
        List<Object> now = new ArrayList<>(List.of(v.month().toString()));
        List<Object> before = new ArrayList<>(List.of(v.month().minusMonths(1).toString()));
        List<Object> change = new ArrayList<>(List.of("Δ"));
        h.forEach(x -> {
            now.add(x.current());
            before.add(x.previous());
            change.add(x.change());
        });
        return new ExcelTable("summary", title, columns, List.of(now, before, change));
    }

    private static KpiTable table(String key, String zh, String en, List<MonthFigures> trend, List<ExcelColumn> columns,
                                  Function<MonthFigures, List<?>> row, List<KpiTable.Series> chart) {
        List<ExcelColumn> all = new ArrayList<>();
        all.add(MONTH);
        all.addAll(columns);
        List<List<?>> rows = new ArrayList<>();
        for (MonthFigures f : trend) {
            List<Object> r = new ArrayList<>();
            r.add(f.month());
            r.addAll(row.apply(f));
            rows.add(r);
        }
        return new KpiTable(key, zh, en, all, rows, chart);
    }
}
