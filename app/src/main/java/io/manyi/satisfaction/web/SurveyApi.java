package io.manyi.satisfaction.web;

import io.manyi.satisfaction.SurveyRefused;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.Inputs;
import io.manyi.satisfaction.Callbacks;
import io.manyi.satisfaction.SurveyBoard;
import io.manyi.satisfaction.Surveys;
import java.time.YearMonth;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.Visibility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/surveys}: list surveys, send one after a touchpoint or to a periodic sample,
 * take inbound SMS replies; {@code /api/v1/callbacks}: the callbacks' satisfaction records, each with
 * the workbench task that is its call (docs/surveys.md, "Low scores and callbacks").
 */
@RestController
public class SurveyApi {

    private final Surveys surveys;
    private final Callbacks callbacks;
    private final SubscriberDirectory directory;
    private final AuditLog audit;
    private final SurveyBoard board;

    SurveyApi(Surveys surveys, Callbacks callbacks, SubscriberDirectory directory, AuditLog audit, SurveyBoard board) {
        this.surveys = surveys;
        this.callbacks = callbacks;
        this.directory = directory;
        this.audit = audit;
        this.board = board;
    }

    /**
     * The surveys page's figures as JSON: the months with surveys, and for {@code month} (default the
     * latest complete one) the totals, by channel, dimension and department, and the callbacks' states
     * (counts only: no subscriber in it).
     */
    @GetMapping("/api/v1/surveys/board")
    Map<String, Object> board(@RequestParam(required = false) String month) {
        List<YearMonth> months = board.months();
        SurveyBoard.Month view = board.month(Inputs.month("month", month, board.defaultMonth(months)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("months", months.stream().map(YearMonth::toString).toList());
        body.put("month", view.month().toString());
        body.put("from", view.from());
        body.put("to", view.to());
        body.put("complete", view.complete());
        body.put("lowScoreMax", view.lowScoreMax());
        body.put("satisfiedMin", view.satisfiedMin());
        body.put("total", view.total());
        body.put("byChannel", view.byChannel());
        body.put("byDimension", view.byDimension());
        body.put("byDepartment", view.byDepartment());
        SurveyBoard.CallbackSummary c = view.callbacks();
        Map<String, Object> callbackFigures = new LinkedHashMap<>();
        callbackFigures.put("total", c.total());
        callbackFigures.put("byState", c.byState());
        callbackFigures.put("byReason", c.byReason());
        callbackFigures.put("resolved", c.resolved());
        callbackFigures.put("resolvedShare", c.resolvedShare());
        body.put("callbacks", callbackFigures);
        body.put("unresolvedReplies", board.unknownCount());
        return body;
    }

    record AssignRequest(Long surveyId, Integer score) {
    }

    /** A lead assigns a reply nobody could read or match to the survey and score it meant. */
    @PostMapping("/api/v1/surveys/replies/{id}/assign")
    Surveys.Resolution assign(@PathVariable long id, @RequestBody AssignRequest request, Authentication authentication) {
        Surveys.Resolution done = surveys.assignReply(id, request.surveyId(), request.score(), authentication.getName());
        auditResolution(audit, authentication.getName(), done);
        return done;
    }

    record DismissRequest(String reason) {
    }

    /** A lead dismisses a reply nobody could read or match, with the reason. */
    @PostMapping("/api/v1/surveys/replies/{id}/dismiss")
    Surveys.Resolution dismiss(@PathVariable long id, @RequestBody DismissRequest request, Authentication authentication) {
        Surveys.Resolution done = surveys.dismissReply(id, request.reason(), authentication.getName());
        auditResolution(audit, authentication.getName(), done);
        return done;
    }

    /** Every resolution is audited: who decided what about which reply. */
    static void auditResolution(AuditLog audit, String actor, Surveys.Resolution done) {
        audit.record(actor, "survey.reply." + done.resolution().toLowerCase(java.util.Locale.ROOT), "reply " + done.replyId(),
                "ASSIGNED".equals(done.resolution()) ? "survey=" + done.surveyId() + " score=" + done.score()
                        : "reason=" + done.note());
    }

    @GetMapping("/api/v1/surveys")
    Map<String, Object> list(@RequestParam(required = false) String status, @RequestParam(required = false) String msisdn,
                             @RequestParam(defaultValue = "50") int limit, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        requireInBook(reader, msisdn, "survey.list");
        Visibility visibility = Visibility.of(reader.roles());
        int bounded = Math.max(1, Math.min(limit, 1000));
        List<Surveys.Survey> found = surveys.list(status, msisdn, bounded).stream()
                .filter(s -> directory.inBook(reader, s.msisdn())).toList();
        audit.recordList(reader.username(), "survey.list", query(status, msisdn, bounded),
                found.stream().map(Surveys.Survey::msisdn).toList());
        List<Surveys.Survey> items = found.stream()
                .map(s -> new Surveys.Survey(s.id(), visibility.showMsisdn(s.msisdn()), s.touchpoint(), s.ticketId(),
                        s.dimensions(), s.status(), s.sentAt(), s.answeredAt(), s.score(), s.dimensionScores(), s.hallId(),
                        s.clerk(), s.taskId()))
                .toList();
        return Map.of("items", items, "count", items.size());
    }

    /** {@code taskId}: the phone manager's task a TASK_DONE survey is about (the staff assessment reads it). */
    record SendRequest(String msisdn, String touchpoint, String cause, Long taskId) {
    }

    /** A touchpoint happened (hall visit, hotline call, task done): survey it if its sample takes it. */
    @PostMapping("/api/v1/surveys")
    ResponseEntity<Map<String, Object>> send(@RequestBody SendRequest request) {
        if (request.msisdn() == null || request.touchpoint() == null || request.cause() == null || request.cause().isBlank()) {
            throw SurveyRefused.invalid("msisdn, touchpoint and cause (what happened, e.g. the visit id) are needed");
        }
        Inputs.msisdn("msisdn", request.msisdn());
        Inputs.oneOf("touchpoint", request.touchpoint(), new java.util.TreeSet<>(Surveys.TOUCHPOINTS));
        Inputs.text("cause", request.cause(), 200);
        Optional<Long> id = surveys.afterTouchpointWith(request.msisdn(), request.touchpoint(),
                new Surveys.Origin(null, null, null, request.taskId()), request.cause());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sent", id.isPresent());
        body.put("id", id.orElse(null));
        return ResponseEntity.status(id.isPresent() ? 201 : 200).body(body);
    }

    record SampleRequest(Integer size, String round) {
    }

    @PostMapping("/api/v1/surveys/sample")
    Map<String, Object> sample(@RequestBody SampleRequest request) {
        if (request.size() == null || request.size() < 1 || request.size() > 100_000 || request.round() == null) {
            throw SurveyRefused.invalid("size (1-100000) and round (e.g. 2026-11) are needed");
        }
        return Map.of("sent", surveys.samplePeriodic(request.size(), request.round()));
    }

    record ReplyRequest(String msisdn, String text) {
    }

    /** An inbound SMS reply, as the SMS gateway forwards it. */
    @PostMapping("/api/v1/surveys/replies")
    Surveys.ReplyResult reply(@RequestBody ReplyRequest request) {
        Inputs.msisdn("msisdn", request.msisdn());
        Inputs.requiredText("text", request.text(), 1000);
        return surveys.reply(request.msisdn(), request.text());
    }

    @GetMapping("/api/v1/surveys/replies/unknown")

    Map<String, Object> unknown(@RequestParam(defaultValue = "50") int limit, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        int bounded = Math.max(1, Math.min(limit, 1000));
        List<Map<String, Object>> found = surveys.unknownReplies(bounded).stream()
                .filter(r -> r.get("msisdn") == null || directory.inBook(reader, (String) r.get("msisdn"))).toList();
        audit.recordList(reader.username(), "survey.reply.list", "unknown limit=" + bounded,
                found.stream().map(r -> (String) r.get("msisdn")).toList());
        Visibility visibility = Visibility.of(reader.roles());
        List<Map<String, Object>> items = found.stream().map(r -> {
            Map<String, Object> shown = new LinkedHashMap<>(r);
            shown.computeIfPresent("msisdn", (k, v) -> visibility.showMsisdn((String) v));
            return shown;
        }).toList();
        return Map.of("items", items, "count", items.size());
    }

    @GetMapping("/api/v1/callbacks")
    Map<String, Object> callbacks(@RequestParam(required = false) String status, @RequestParam(required = false) String reason,
                                  @RequestParam(required = false) String msisdn, @RequestParam(defaultValue = "50") int limit,
                                  Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        requireInBook(reader, msisdn, "callback.list");
        Visibility visibility = Visibility.of(reader.roles());
        int bounded = Math.max(1, Math.min(limit, 1000));
        List<Callbacks.Callback> found = callbacks.list(status, reason, msisdn, bounded).stream()
                .filter(c -> directory.inBook(reader, c.msisdn())).toList();
        audit.recordList(reader.username(), "callback.list", query(status, msisdn, bounded) + " reason=" + (reason == null ? "" : reason),
                found.stream().map(Callbacks.Callback::msisdn).toList());
        List<Callbacks.Callback> items = found.stream().map(c -> c.withMsisdn(visibility.showMsisdn(c.msisdn()))).toList();
        return Map.of("items", items, "count", items.size());
    }

    /** A list asked for one subscriber: a manager's book applies (403, audited), as on the 360 view. */
    private void requireInBook(CurrentUser reader, String msisdn, String action) {
        if (msisdn != null && !msisdn.isBlank()) {
            directory.requireInBook(reader, msisdn, action);
        }
    }

    private static String query(String status, String msisdn, int limit) {
        return "status=" + (status == null ? "" : status) + " msisdn=" + (msisdn == null ? "" : msisdn) + " limit=" + limit;
    }

    record CompleteRequest(String outcome, String indicator) {
    }

    @PostMapping("/api/v1/callbacks/{id}/done")
    Callbacks.Callback done(@PathVariable long id, @RequestBody CompleteRequest request, Authentication authentication) {
        Callbacks.Callback done = callbacks.complete(id, request.outcome(), request.indicator(), authentication.getName());
        return done.withMsisdn(Visibility.of(CurrentUser.of(authentication).roles()).showMsisdn(done.msisdn()));
    }
}
