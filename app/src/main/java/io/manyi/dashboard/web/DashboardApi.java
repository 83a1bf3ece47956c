package io.manyi.dashboard.web;

import io.manyi.dashboard.Dashboard;
import io.manyi.dashboard.DashboardView;
import io.manyi.platform.export.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/dashboard?month=YYYY-MM&city=...}: the dashboard's figures as JSON (the same as
 * the page), and {@code /api/v1/dashboard/export.xlsx} the same as a workbook. docs/dashboard.md.
 */
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardApi {

    private final Dashboard dashboard;

    DashboardApi(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping
    DashboardView figures(@RequestParam(required = false) String month, @RequestParam(required = false) String city,
                          HttpServletResponse response) {
        return DashboardRequests.timedView(dashboard, DashboardRequests.month(month, dashboard), city, "api", response);
    }

    @GetMapping("/export.xlsx")
    void xlsx(@RequestParam(required = false) String month, @RequestParam(required = false) String city, Locale locale,
              HttpServletResponse response) {
        DashboardView view = DashboardRequests.timedView(dashboard, DashboardRequests.month(month, dashboard), city, "export", response);
        XlsxDownload.send(response, DashboardRequests.fileName(view), locale, DashboardRequests.workbook(view, locale));
    }
}
