package io.manyi.dashboard.web;

import io.manyi.dashboard.Dashboard;
import io.manyi.dashboard.DashboardTables;
import io.manyi.dashboard.DashboardView;
import io.manyi.dashboard.KpiTable;
import io.manyi.platform.export.ExcelColumn;
import io.manyi.platform.export.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** {@code /dashboard}: the managers' dashboard page (a chart and a table per KPI), and its Excel export. */
@Controller
class DashboardPage {

    private final Dashboard dashboard;
    private final JsonMapper json;

    DashboardPage(Dashboard dashboard, JsonMapper json) {
        this.dashboard = dashboard;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) String month, @RequestParam(required = false) String city, Locale locale,
                Model model, HttpServletResponse response) {
        DashboardView view = DashboardRequests.timedView(dashboard, DashboardRequests.month(month, dashboard), city, "page", response);
        List<KpiTable> kpis = DashboardTables.kpis(view);
        model.addAttribute("view", view);
        model.addAttribute("title", DashboardRequests.title(view, locale));
        model.addAttribute("headlines", DashboardTables.headlines(view).stream().map(h -> new HeadlineRow(h.key(), h.label(locale),
                Cells.text(h.kind(), h.current()), Cells.text(h.kind(), h.previous()), Cells.change(h.kind(), h.change()))).toList());
        model.addAttribute("kpis", kpis.stream().map(k -> PageTable.of(k, locale)).toList());
        model.addAttribute("campaigns", PageTable.of(DashboardTables.campaigns(view), locale));
        model.addAttribute("pendingCampaigns", view.campaigns().stream().filter(c -> !c.hasResults()).toList());
        model.addAttribute("months", months(dashboard, view.month()));
        model.addAttribute("locale", locale);
        // Escaped for a <script type="application/json"> block: no "</" can end it early.
        model.addAttribute("chartJson", json.writeValueAsString(charts(kpis, locale)).replace("</", "<\\/"));
        return "dashboard/home";
    }

    @GetMapping("/dashboard/export.xlsx")
    void xlsx(@RequestParam(required = false) String month, @RequestParam(required = false) String city, Locale locale,
              HttpServletResponse response) {
        DashboardView view = DashboardRequests.timedView(dashboard, DashboardRequests.month(month, dashboard), city, "export", response);
        XlsxDownload.send(response, DashboardRequests.fileName(view), locale, DashboardRequests.workbook(view, locale));
    }

    /** A headline figure's texts. */
    record HeadlineRow(String key, String label, String current, String previous, String change) {
    }

    /** A KPI table's texts, formatted once. */
    record PageTable(String key, String title, List<String> headers, List<List<String>> rows) {

        static PageTable of(KpiTable kpi, Locale locale) {
            List<List<String>> rows = new ArrayList<>();
            for (List<?> row : kpi.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < kpi.columns().size(); i++) {
                    cells.add(Cells.text(kpi.columns().get(i).kind(), i < row.size() ? row.get(i) : null));
                }
                rows.add(cells);
            }
            return new PageTable(kpi.key(), kpi.title(locale), kpi.columns().stream().map(c -> c.header(locale)).toList(), rows);
        }
    }

    /** A month of the picker: {@code complete} false for the month in progress (labelled so on the page). */
    record MonthOption(String value, boolean complete) {
    }

    /**
     * The selectable months: those that have a rollup (no month without data), newest first, and the
     * chosen one even when it has none (so the picker shows what the page shows).
     */
    private static List<MonthOption> months(Dashboard dashboard, YearMonth chosen) {
        List<YearMonth> months = new ArrayList<>(dashboard.rolledUpMonths());
        if (!months.contains(chosen)) {
            months.add(chosen);
            months.sort(java.util.Comparator.reverseOrder());
        }
        return months.stream().map(m -> new MonthOption(m.toString(), dashboard.complete(m))).toList();
    }

    private static List<Map<String, Object>> charts(List<KpiTable> kpis, Locale locale) {
        List<Map<String, Object>> charts = new ArrayList<>();
        for (KpiTable kpi : kpis) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("key", kpi.key());
            chart.put("headers", kpi.columns().stream().map(c -> c.header(locale)).toList());
            chart.put("kinds", kpi.columns().stream().map(ExcelColumn::kind).toList());
            chart.put("rows", kpi.rows().stream().map(r -> r.stream().map(v -> v instanceof YearMonth m ? m.toString() : v).toList()).toList());
            chart.put("series", kpi.chart());
            charts.add(chart);
        }
        return charts;
    }
}
