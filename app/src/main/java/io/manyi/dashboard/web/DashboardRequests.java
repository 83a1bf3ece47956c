package io.manyi.dashboard.web;

import io.manyi.dashboard.Dashboard;
import io.manyi.dashboard.DashboardTables;
import io.manyi.dashboard.DashboardView;
import io.manyi.dashboard.KpiTable;
import io.manyi.platform.export.ExcelTable;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the dashboard's page, API and exports share: reading the request's month and city, timing, the workbook. */
final class DashboardRequests {

    private static final Logger log = LoggerFactory.getLogger(DashboardRequests.class);

    private DashboardRequests() {
    }

    static YearMonth month(String month, Dashboard dashboard) {
        if (month == null || month.isBlank()) {
            return dashboard.defaultMonth();
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month is YYYY-MM, e.g. 2026-10");
        }
    }

    /** Reads the view and says how long it took: a {@code Server-Timing} header and a log line. */
    static DashboardView timedView(Dashboard dashboard, YearMonth month, String city, String what, HttpServletResponse response) {
        long started = System.nanoTime();
        DashboardView view = dashboard.view(month, city);
        double millis = (System.nanoTime() - started) / 1e6;
        response.addHeader("Server-Timing", "dashboard;desc=\"rollup read\";dur=" + String.format(Locale.ROOT, "%.1f", millis));
        log.info("dashboard {} {} city={} read in {} ms", what, month, view.city() == null ? "(province)" : view.city(),
                String.format(Locale.ROOT, "%.1f", millis));
        return view;
    }

    static String title(DashboardView view, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        String where = view.city() != null ? view.city() : zh ? "全省" : "Province";
        return (zh ? "经营看板 " : "Managers' dashboard ") + view.month() + " · " + where;
    }

    /** The whole dashboard as sheets: the summary, then each KPI's twelve months, then the campaigns. */
    static List<ExcelTable> workbook(DashboardView view, Locale locale) {
        String title = title(view, locale);
        List<ExcelTable> tables = new ArrayList<>();
        tables.add(DashboardTables.summary(view, title));
        for (KpiTable kpi : DashboardTables.kpis(view)) {
            tables.add(kpi.excel(title, locale));
        }
        tables.add(DashboardTables.campaigns(view).excel(title, locale));
        return tables;
    }

    static String fileName(DashboardView view) {
        return "dashboard-" + view.month() + (view.city() == null ? "" : "-" + view.city()) + ".xlsx";
    }
}
