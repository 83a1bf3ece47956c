package io.manyi.hall.web;

import io.manyi.hall.HallAccess;
import io.manyi.hall.HallNotFound;
import io.manyi.hall.HallVisits;
import io.manyi.hall.VisitRefused;
import io.manyi.platform.idempotency.IdempotentResponses;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.JsonBodies;
import io.manyi.platform.web.RequestIds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/halls/{id}/visits}: record a visit (Idempotency-Key; a finished one may send an SMS
 * rating), the day's visits, and the month's on-site satisfaction per clerk (docs/halls.md).
 */
@RestController
@RequestMapping("/api/v1/halls/{hallId}")
class HallVisitApi {

    /** Times as ISO instants with an offset ({@code 2026-11-22T10:05:00+08:00}) or local in the operator's zone. */
    record VisitBody(String clerk, String msisdn, String ticketNo, String service, String arrivedAt, String calledAt,
                     String finishedAt) {
    }

    private final HallVisits visits;
    private final HallAccess access;
    private final IdempotentResponses responses;
    private final JsonMapper json;
    private final Clock clock;

    HallVisitApi(HallVisits visits, HallAccess access, IdempotentResponses responses, JsonMapper json, Clock clock) {
        this.visits = visits;
        this.access = access;
        this.responses = responses;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/visits")
    ResponseEntity<String> record(@PathVariable String hallId, @RequestBody String body,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        access.closable(user, hallId);
        return responses.run("hall.visit:" + hallId, IdempotentResponses.key(key), body, 201, () -> {
            VisitBody visit = read(body);
            return visits.record(user, hallId, new HallVisits.VisitForm(visit.clerk(), visit.msisdn(), visit.ticketNo(),
                    visit.service(), time("arrivedAt", visit.arrivedAt()), time("calledAt", visit.calledAt()),
                    time("finishedAt", visit.finishedAt())));
        });
    }

    @GetMapping("/visits")
    Map<String, Object> day(@PathVariable String hallId, @RequestParam(required = false) LocalDate day,
                            Authentication authentication) {
        LocalDate date = day == null ? LocalDate.now(clock) : day;
        List<HallVisits.Visit> items = visits.ofDay(CurrentUser.of(authentication), hallId, date);
        return Map.of("day", date.toString(), "items", items, "count", items.size());
    }

    @GetMapping("/satisfaction")
    Map<String, Object> satisfaction(@PathVariable String hallId, @RequestParam(required = false) YearMonth month,
                                     Authentication authentication) {
        YearMonth of = month == null ? YearMonth.now(clock) : month;
        return Map.of("month", of.toString(), "items", visits.satisfaction(CurrentUser.of(authentication), hallId, of));
    }

    private VisitBody read(String body) {
        return JsonBodies.read(json, body, VisitBody.class);
    }

    private Instant time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(clock.getZone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new VisitRefused(field + " is not a time: " + text);
            }
        }
    }

    @ExceptionHandler(HallNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HallNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
