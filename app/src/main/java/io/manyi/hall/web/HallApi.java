package io.manyi.hall.web;

import io.manyi.hall.CloseRefused;
import io.manyi.hall.CountForm;
import io.manyi.hall.HallAccess;
import io.manyi.hall.HallChecks;
import io.manyi.hall.HallDays;
import io.manyi.hall.HallJson;
import io.manyi.hall.HallNotFound;
import io.manyi.hall.Hall;
import io.manyi.hall.HallCheck;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.BadInput;
import io.manyi.platform.web.JsonInputErrors;
import io.manyi.platform.web.RequestIds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/halls}: halls, a day's figures and close, corrections, month close, checks (docs/halls.md). */
@RestController
@RequestMapping("/api/v1/halls")
class HallApi {

    record Correction(String item, String value, String reason) {
    }

    record CheckBody(String clerk, LocalDate day, String kind, BigDecimal score, BigDecimal maxScore, String note) {
    }

    private final HallDays days;
    private final HallChecks checks;
    private final HallAccess access;

    HallApi(HallDays days, HallChecks checks, HallAccess access) {
        this.days = days;
        this.checks = checks;
        this.access = access;
    }

    @GetMapping
    Map<String, Object> halls(Authentication authentication) {
        List<Hall> halls = access.visible(CurrentUser.of(authentication));
        return Map.of("items", halls, "count", halls.size());
    }

    @GetMapping("/{hallId}/staff")
    Map<String, Object> staff(@PathVariable String hallId, Authentication authentication) {
        return Map.of("items", access.staff(CurrentUser.of(authentication), hallId));
    }

    @GetMapping("/{hallId}/days/{day}")
    Map<String, Object> day(@PathVariable String hallId, @PathVariable LocalDate day, Authentication authentication) {
        return HallJson.day(days.day(CurrentUser.of(authentication), hallId, day));
    }

    /** 201 with the reconciliation when the day closed; 409 with the unexplained differences when not. */
    @PostMapping("/{hallId}/days/{day}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String hallId, @PathVariable LocalDate day,
                                              @RequestBody CountForm count, Authentication authentication) {
        var result = days.close(CurrentUser.of(authentication), hallId, day, count);
        Map<String, Object> body = new LinkedHashMap<>(HallJson.result(result));
        body.put("status", "CLOSED");
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PostMapping("/{hallId}/days/{day}/corrections")
    ResponseEntity<Map<String, Object>> correct(@PathVariable String hallId, @PathVariable LocalDate day,
                                             @RequestBody Correction correction, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        days.correct(user, hallId, day, correction.item(), correction.value(), correction.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(HallJson.day(days.day(user, hallId, day)));
    }

    @PostMapping("/{hallId}/months/{month}/close")
    ResponseEntity<Map<String, Object>> closeMonth(@PathVariable String hallId, @PathVariable YearMonth month,
                                                   Authentication authentication) {
        days.closeMonth(CurrentUser.of(authentication), hallId, month);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("hallId", hallId, "month", month.toString(),
                "status", "CLOSED"));
    }

    @PostMapping("/{hallId}/checks")
    ResponseEntity<Map<String, Object>> recordCheck(@PathVariable String hallId, @RequestBody CheckBody body,
                                                    Authentication authentication) {
        long id = checks.record(CurrentUser.of(authentication), hallId, body.clerk(), body.day(), body.kind(),
                body.score(), body.maxScore(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @GetMapping("/{hallId}/checks")
    Map<String, Object> checks(@PathVariable String hallId, @RequestParam YearMonth month, Authentication authentication) {
        List<HallCheck> list = checks.ofMonth(CurrentUser.of(authentication), hallId, month);
        return Map.of("items", list, "count", list.size());
    }

    @ExceptionHandler(CloseRefused.class)
    ResponseEntity<ProblemDetail> refused(CloseRefused e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", e.code());
        if (!e.unexplained().isEmpty()) {
            problem.setProperty("unexplained", HallJson.differences(e.unexplained()));
        }
        if (e.detail() != null) {
            problem.setProperty("found", e.detail());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(HallNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HallNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    /** Before the handler below, which would match it by its cause and quote Spring's message. */
    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(TypeMismatchException e) {
        BadInput bad = JsonInputErrors.mismatch(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, bad.getMessage());
        problem.setProperty("code", bad.code());
        problem.setProperty("field", bad.field());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler({IllegalArgumentException.class, ArithmeticException.class})
    ResponseEntity<ProblemDetail> badRequest(RuntimeException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
