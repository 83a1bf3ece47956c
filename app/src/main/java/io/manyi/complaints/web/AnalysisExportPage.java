package io.manyi.complaints.web;

import io.manyi.complaints.ComplaintAnalysis;
import io.manyi.complaints.TicketRefused;
import io.manyi.platform.export.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysis page's "Export Excel" button: the same workbook as {@code /api/v1/tickets/analysis/export.xlsx},
 * served under the page's signed-in session (the API takes HTTP Basic only) for the page's period (both days included).
 */
@Controller
class AnalysisExportPage {

    private final ComplaintAnalysis analysis;
    private final Clock clock;

    AnalysisExportPage(ComplaintAnalysis analysis, Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    @GetMapping("/complaints/analysis/export.xlsx")
    void xlsx(@RequestParam(defaultValue = "department") String by, @RequestParam(required = false) String from,
              @RequestParam(required = false) String to, Locale locale, HttpServletResponse response) {
        if (!ComplaintAnalysis.DIMENSIONS.contains(by)) {
            throw TicketRefused.invalid("dimension must be one of " + ComplaintAnalysis.DIMENSIONS);
        }
        LocalDate end;
        LocalDate start;
        try {
            end = to == null || to.isBlank() ? LocalDate.now(clock) : LocalDate.parse(to);
            start = from == null || from.isBlank() ? end.minusDays(365) : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw TicketRefused.invalid("from and to are dates (YYYY-MM-DD)");
        }
        Instant a = start.atStartOfDay(clock.getZone()).toInstant();
        Instant b = end.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        String title = "%s %s .. %s".formatted("zh".equals(locale.getLanguage()) ? "投诉分析" : "Complaint analysis", start, end);
        var tables = AnalysisWorkbook.tables(by, title, analysis.by(by, a, b), analysis.pareto(a, b));
        XlsxDownload.send(response, "complaints-by-" + by + ".xlsx", locale, tables);
    }
}
