package io.manyi.satisfaction.web;

import io.manyi.satisfaction.SurveyRefused;
import io.manyi.platform.export.CsvText;
import io.manyi.satisfaction.SurveyResults;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/surveys/results}: satisfaction by group, by dimension, and the departments' share of lost points. */
@RestController
@RequestMapping("/api/v1/surveys/results")
public class SurveyResultsApi {

    private final SurveyResults results;
    private final Clock clock;

    SurveyResultsApi(SurveyResults results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    @GetMapping
    Map<String, Object> results(@RequestParam(defaultValue = "month") String by, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        Instant[] period = period(from, to);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("by", by);
        body.put("from", period[0]);
        body.put("to", period[1]);
        body.put("items", results.by(by, period[0], period[1]));
        body.put("dimensions", results.dimensions(period[0], period[1]));
        body.put("attribution", results.attribution(period[0], period[1]));
        return body;
    }

    @GetMapping("/export.csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "month") String by, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        Instant[] period = period(from, to);
        List<SurveyResults.Row> rows = results.by(by, period[0], period[1]);
        CsvText csv = CsvText.withBom().row(by, "sent", "answered", "response_rate", "average_score", "low_share");
        rows.forEach(r -> csv.row(r.group(), r.sent(), r.answered(), r.responseRate(), r.averageScore(), r.lowShare()));
        String body = csv.toString();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"surveys-by-" + by + ".csv\"").body(body);
    }

    private Instant[] period(String from, String to) {
        try {
            LocalDate end = to == null ? LocalDate.now(clock).plusDays(1) : LocalDate.parse(to).plusDays(1);
            LocalDate start = from == null ? end.minusDays(366) : LocalDate.parse(from);
            return new Instant[] {start.atStartOfDay(clock.getZone()).toInstant(), end.atStartOfDay(clock.getZone()).toInstant()};
        } catch (DateTimeParseException e) {
            throw SurveyRefused.invalid("from and to are dates (YYYY-MM-DD)");
        }
    }
}
