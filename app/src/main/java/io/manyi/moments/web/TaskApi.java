package io.manyi.moments.web;

import io.manyi.moments.SatisfactionIndicator;
import io.manyi.moments.Outcome;
import io.manyi.moments.TaskRefused;
import io.manyi.moments.TaskView;
import io.manyi.moments.Tasks;
import io.manyi.moments.TeamPool;
import io.manyi.platform.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks} (docs/moments.md, "API"): my day, one task, start, outcome, call-back,
 * reassign, reveal the number. Writes take an {@code Idempotency-Key}. The contract's
 * {@code /api/v1/workbench/...} paths answer the same.
 */
@RestController
class TaskApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Tasks tasks;
    private final TeamPool team;
    private final TaskWrites writes;
    private final ZoneId zone;

    TaskApi(Tasks tasks, TeamPool team, TaskWrites writes, java.time.Clock clock) {
        this.tasks = tasks;
        this.team = team;
        this.writes = writes;
        this.zone = clock.getZone();
    }

    @GetMapping({"/api/v1/tasks", "/api/v1/workbench/tasks"})
    Map<String, Object> day(@RequestParam(required = false) String assignee, @RequestParam(required = false) LocalDate date,
                            Locale locale, Authentication authentication) {
        LocalDate day = date == null ? tasks.today() : date;
        List<TaskView> items = tasks.day(CurrentUser.of(authentication), assignee, day, english(locale));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", day);
        body.put("assignee", assignee == null ? authentication.getName() : assignee);
        body.put("items", items);
        body.put("count", items.size());
        return body;
    }

    @GetMapping({"/api/v1/tasks/{id}", "/api/v1/workbench/tasks/{id}"})
    TaskView get(@PathVariable long id, Locale locale, Authentication authentication) {
        return tasks.get(CurrentUser.of(authentication), id, english(locale));
    }

    @PostMapping({"/api/v1/tasks/{id}/start", "/api/v1/workbench/tasks/{id}/start"})
    ResponseEntity<String> start(@PathVariable long id, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                 Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.run("task.start:" + user.username(), key, "start " + id, () -> tasks.start(user, id));
    }

    /**
     * {@code {"outcome": "REACHED_ACCEPTED", "note": "...", "callbackAt": "2026-11-03T10:00"}}; a callback task
     * also takes {@code "indicator": "FEES_UNDERSTOOD"} (docs/moments.md, "Callbacks").
     */
    record OutcomeRequest(String outcome, String note, String callbackAt, String indicator) {
    }

    @PostMapping({"/api/v1/tasks/{id}/outcome", "/api/v1/workbench/tasks/{id}/outcome"})
    ResponseEntity<String> outcome(@PathVariable long id, @RequestBody(required = false) String body,
                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                   Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.run("task.outcome:" + user.username(), key, id + ":" + body, () -> {
            OutcomeRequest request = writes.read(body, OutcomeRequest.class);
            return tasks.recordOutcome(user, id, outcome(request.outcome()), request.note(), time(request.callbackAt()),
                    indicator(request.indicator()));
        });
    }

    /** {@code {"at": "2026-11-03T10:00", "note": "..."}}: a time in the operator's zone, or with an offset. */
    record CallbackRequest(String at, String note) {
    }

    @PostMapping({"/api/v1/tasks/{id}/callback", "/api/v1/workbench/tasks/{id}/callback"})
    ResponseEntity<String> callback(@PathVariable long id, @RequestBody(required = false) String body,
                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                    Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.run("task.callback:" + user.username(), key, id + ":" + body, () -> {
            CallbackRequest request = writes.read(body, CallbackRequest.class);
            return tasks.bookCallback(user, id, time(request.at()), request.note());
        });
    }

    /** {@code {"assignee": "pm02"}}; supervisors only. */
    record ReassignRequest(String assignee) {
    }

    @PostMapping({"/api/v1/tasks/{id}/reassign", "/api/v1/workbench/tasks/{id}/reassign"})
    ResponseEntity<String> reassign(@PathVariable long id, @RequestBody(required = false) String body,
                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                    Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.run("task.reassign:" + user.username(), key, id + ":" + body, () ->
                team.reassign(user, id, writes.read(body, ReassignRequest.class).assignee()));
    }

    /** The full number of a task's subscriber, for dialling; audited. */
    @PostMapping({"/api/v1/tasks/{id}/reveal", "/api/v1/workbench/tasks/{id}/reveal"})
    Map<String, String> reveal(@PathVariable long id, Authentication authentication) {
        return Map.of("msisdn", tasks.revealNumber(CurrentUser.of(authentication), id));
    }

    static Outcome outcome(String name) {
        if (name == null) {
            throw new TaskRefused(400, "no-outcome", "outcome is required: one of " + List.of(Outcome.values()));
        }
        try {
            return Outcome.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TaskRefused(400, "bad-outcome", "outcome must be one of " + List.of(Outcome.values()));
        }
    }

    /** Null or blank: none; a name that is not one of the indicators: 400 {@code bad-indicator}. */
    static SatisfactionIndicator indicator(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return SatisfactionIndicator.parse(name).orElseThrow(() -> new TaskRefused(400, "bad-indicator",
                "indicator '" + name + "' is unknown: one of " + SatisfactionIndicator.names()));
    }

    Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (RuntimeException again) {
                throw new TaskRefused(400, "bad-time", "Not a time: '" + text + "' (2026-11-03T10:00)");
            }
        }
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
