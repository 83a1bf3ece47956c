package io.manyi.complaints.web;

import io.manyi.complaints.ComplaintAnalysis;
import io.manyi.complaints.TicketRefused;
import io.manyi.platform.export.CsvText;
import io.manyi.platform.export.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tickets/analysis}: complaint figures by dimension and the Pareto of causes, JSON, CSV or Excel. */
@RestController
@RequestMapping({"/api/v1/tickets/analysis", "/api/v1/complaints/analysis"})
class AnalysisApi {

    private final ComplaintAnalysis analysis;
    private final Clock clock;

    AnalysisApi(ComplaintAnalysis analysis, Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    @GetMapping
    Map<String, Object> figures(@RequestParam(defaultValue = "department") String by, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        Instant[] period = period(from, to);
        return Map.of("by", by, "from", period[0], "to", period[1], "items", analysis.by(by, period[0], period[1]),
                "appeals", analysis.appeals(period[0], period[1]));
    }

    @GetMapping(path = "/export.csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "department") String by, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        Instant[] period = period(from, to);
        List<ComplaintAnalysis.Row> rows = analysis.by(by, period[0], period[1]);
        CsvText csv = CsvText.withBom().row(by, "tickets", "per_million", "hours_to_resolve", "sla_compliance", "repeat_rate",
                "appeals", "appeals_per_million", "appeal_sla_compliance");
        rows.forEach(r -> csv.row(r.group(), r.tickets(), r.perMillion(), r.hoursToResolve(), r.slaCompliance(), r.repeatRate(),
                r.appeals(), r.appealsPerMillion(), r.appealSlaCompliance()));
        String body = csv.toString();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"complaints-by-" + by + ".csv\"").body(body);
    }

    /** The same figures, and the Pareto of causes on a second sheet, as an Excel workbook (headers in the request's language). */
    @GetMapping(path = "/export.xlsx")
    void xlsx(@RequestParam(defaultValue = "department") String by, @RequestParam(required = false) String from,
              @RequestParam(required = false) String to, Locale locale, HttpServletResponse response) {
        Instant[] period = period(from, to);
        List<ComplaintAnalysis.Row> rows = analysis.by(by, period[0], period[1]);
        List<ComplaintAnalysis.Cause> causes = analysis.pareto(period[0], period[1]);
        String title = "%s %s .. %s".formatted(locale.getLanguage().equals("zh") ? "投诉分析" : "Complaint analysis",
                LocalDate.ofInstant(period[0], clock.getZone()), LocalDate.ofInstant(period[1], clock.getZone()).minusDays(1));
        XlsxDownload.send(response, "complaints-by-" + by + ".xlsx", locale, AnalysisWorkbook.tables(by, title, rows, causes));
    }

    @GetMapping("/pareto")
    Map<String, Object> pareto(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Instant[] period = period(from, to);
        return Map.of("from", period[0], "to", period[1], "items", analysis.pareto(period[0], period[1]));
    }

    /** [from, to): days in the operator's zone; default the last 365 days. */
    private Instant[] period(String from, String to) {
        try {
            LocalDate end = to == null ? LocalDate.now(clock).plusDays(1) : LocalDate.parse(to).plusDays(1);
            LocalDate start = from == null ? end.minusDays(366) : LocalDate.parse(from);
            return new Instant[] {start.atStartOfDay(clock.getZone()).toInstant(), end.atStartOfDay(clock.getZone()).toInstant()};
        } catch (DateTimeParseException e) {
            throw TicketRefused.invalid("from and to are dates (YYYY-MM-DD)");
        }
    }
}
