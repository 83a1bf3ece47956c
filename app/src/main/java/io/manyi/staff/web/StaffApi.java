package io.manyi.staff.web;

import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.BadInput;
import io.manyi.platform.web.InputReason;
import io.manyi.platform.web.RequestIds;
import io.manyi.staff.KnowledgeTests;
import io.manyi.staff.Period;
import io.manyi.staff.StaffAccess;
import io.manyi.staff.StaffAssessments;
import io.manyi.staff.StaffRole;
import io.manyi.staff.StaffSettings;
import io.manyi.staff.StaffWeights;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/staff}: assessments, rankings, knowledge tests, weights (docs/staff-assessment.md). */
@RestController
@RequestMapping("/api/v1/staff")
class StaffApi {

    record TestBody(String username, LocalDate weekOf, BigDecimal score, BigDecimal maxScore) {
    }

    private final StaffAssessments assessments;
    private final KnowledgeTests tests;
    private final StaffSettings settings;
    private final StaffAccess access;
    private final Clock clock;

    StaffApi(StaffAssessments assessments, KnowledgeTests tests, StaffSettings settings, StaffAccess access, Clock clock) {
        this.assessments = assessments;
        this.tests = tests;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/assessments")
    Map<String, Object> assessments(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String role,
                                    Authentication authentication) {
        YearMonth of = month == null ? YearMonth.now(clock) : month;
        List<StaffAssessments.Assessment> items = assessments.month(CurrentUser.of(authentication), of, role(role));
        return Map.of("month", of.toString(), "items", items, "count", items.size());
    }

    @GetMapping("/assessments/{username}")
    Map<String, Object> employee(@PathVariable String username, @RequestParam(required = false) YearMonth from,
                                 @RequestParam(required = false) YearMonth to, Authentication authentication) {
        YearMonth until = to == null ? YearMonth.now(clock) : to;
        YearMonth since = from == null ? until.minusMonths(11) : from;
        if (since.isAfter(until) || since.plusMonths(35).isBefore(until)) {
            throw new IllegalArgumentException("from must be before to, at most 36 months apart");
        }
        List<StaffAssessments.Assessment> items = assessments.employee(CurrentUser.of(authentication), username, since, until);
        return Map.of("username", username, "items", items);
    }

    @GetMapping("/rankings")
    Map<String, Object> rankings(@RequestParam(required = false) String period, @RequestParam(required = false) String role,
                                 Authentication authentication) {
        Period of = period(period == null ? YearMonth.now(clock).toString() : period);
        List<StaffAssessments.Standing> items = assessments.rankings(CurrentUser.of(authentication), of, role(role));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", of.label());
        body.put("from", of.from().toString());
        body.put("to", of.to().toString());
        body.put("items", items);
        body.put("count", items.size());
        return body;
    }

    @PostMapping("/knowledge-tests")
    ResponseEntity<KnowledgeTests.Test> recordTest(@RequestBody TestBody body, Authentication authentication) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tests.record(CurrentUser.of(authentication), body.username(),
                body.weekOf(), body.score(), body.maxScore()));
    }

    @GetMapping("/knowledge-tests")
    Map<String, Object> tests(@RequestParam YearMonth month, @RequestParam(required = false) String username,
                              Authentication authentication) {
        List<KnowledgeTests.Test> items = tests.ofMonth(CurrentUser.of(authentication), month, username);
        return Map.of("month", month.toString(), "items", items, "count", items.size());
    }

    @GetMapping("/settings/{role}")
    StaffWeights weights(@PathVariable String role, Authentication authentication) {
        access.onlyOwn(CurrentUser.of(authentication));
        return settings.weights(requiredRole(role));
    }

    /** {@code {"weights": {"COMPLIANCE": 20, ...}, "targets": {"CONVERSION": 0.3}}}; the run uses them from its next run. */
    @PutMapping("/settings/{role}")
    StaffWeights putWeights(@PathVariable String role, @RequestBody StaffWeights weights,
                            @RequestParam(required = false) String reason, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        access.mayRecord(user);
        return settings.put(requiredRole(role), weights, user.username(), reason);
    }

    /** A month ({@code 2026-10}), a quarter ({@code 2026-Q3}) or a year; a 400 naming {@code period} otherwise. */
    static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (RuntimeException e) {
            throw new BadInput("period", InputReason.INVALID, text, "a month (2026-10), a quarter (2026-Q3) or a year (2026)");
        }
    }

    /** {@code HALL_CLERK}, {@code PHONE_MANAGER} (also {@code clerk}, {@code phone-manager}), or null for both. */
    static StaffRole role(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase().replace('_', '-')) {
            case "hall-clerk", "clerk" -> StaffRole.HALL_CLERK;
            case "phone-manager", "pm" -> StaffRole.PHONE_MANAGER;
            default -> throw BadInput.oneOf("role", text, List.of("HALL_CLERK", "PHONE_MANAGER"));
        };
    }

    /** A role that must be named (a path's {@code {role}}): blank is a 400, not "both". */
    static StaffRole requiredRole(String text) {
        StaffRole role = role(text);
        if (role == null) {
            throw BadInput.oneOf("role", text, List.of("HALL_CLERK", "PHONE_MANAGER"));
        }
        return role;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.badRequest().body(problem);
    }
}
