package io.manyi.satisfaction.web;

import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.Inputs;
import io.manyi.satisfaction.SurveyBoard;
import io.manyi.satisfaction.SurveyRefused;
import io.manyi.satisfaction.Surveys;
import io.manyi.subscriber.Visibility;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /surveys}: the month's satisfaction results by dimension, channel and department, the
 * callbacks low scores opened and what became of them, and the replies still to resolve (a lead
 * assigns one to the survey and score it meant, or dismisses it with a reason). docs/surveys.md.
 */
@Controller
class SurveysPage {

    static final String ASSIGN = "/surveys/replies/{id}/assign";

    private final SurveyBoard board;
    private final Surveys surveys;
    private final AuditLog audit;
    private final java.time.ZoneId zone;

    SurveysPage(SurveyBoard board, Surveys surveys, AuditLog audit, java.time.Clock clock) {
        this.zone = clock.getZone();
        this.board = board;
        this.surveys = surveys;
        this.audit = audit;
    }

    @GetMapping("/surveys")
    String page(@RequestParam(required = false) String month, Authentication authentication, Locale locale, Model model) {
        return render(month, CurrentUser.of(authentication), locale, model);
    }

    @PostMapping("/surveys/replies/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) String surveyId, @RequestParam(required = false) String score,
                  @RequestParam(required = false) String month, Authentication authentication, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        try {
            Long raw = number("score", score);
            Integer points = raw == null ? null : raw < 1 || raw > 10 ? Integer.valueOf(0) : Integer.valueOf(raw.intValue());
            Surveys.Resolution done = surveys.assignReply(id, number("surveyId", surveyId), points, user.username());
            SurveyApi.auditResolution(audit, user.username(), done);
            redirect.addFlashAttribute("resolved", done);
            return "redirect:/surveys" + (month == null || month.isBlank() ? "" : "?month=" + Inputs.month("month", month));
        } catch (SurveyRefused e) {
            return refused(e, id, month, model, response);
        }
    }

    @PostMapping("/surveys/replies/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String month,
                   Authentication authentication, Locale locale, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        try {
            Surveys.Resolution done = surveys.dismissReply(id, reason, user.username());
            SurveyApi.auditResolution(audit, user.username(), done);
            redirect.addFlashAttribute("resolved", done);
            return "redirect:/surveys" + (month == null || month.isBlank() ? "" : "?month=" + Inputs.month("month", month));
        } catch (SurveyRefused e) {
            return refused(e, id, month, model, response);
        }
    }

    /** A refusal answers with its status and a short page saying why, with the way back (not the whole page again). */
    private static String refused(SurveyRefused e, long id, String month, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("refusal", e);
        model.addAttribute("refusedReply", id);
        // a bad field says which: "reason: ..." -> sv.refused.field.reason
        String field = e.getMessage() == null ? "" : e.getMessage().replaceAll("^(\\w+):.*", "$1");
        model.addAttribute("refusalKey", "invalid-request".equals(e.code()) && List.of("surveyId", "score", "reason").contains(field)
                ? "sv.refused.field." + field : "sv.refused." + e.code());
        model.addAttribute("month", month == null || month.isBlank() ? null : Inputs.month("month", month).toString());
        return "surveys/refused";
    }

    private static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw SurveyRefused.invalid(field + ": a whole number is needed, not \"" + AuditLog.cut(value) + "\"");
        }
    }

    private String render(String month, CurrentUser user, Locale locale, Model model) {
        List<YearMonth> months = board.months();
        YearMonth chosen = Inputs.month("month", month, board.defaultMonth(months));
        SurveyBoard.Month view = board.month(chosen);
        Visibility visibility = Visibility.of(user.roles());
        boolean lead = user.may("POST", ASSIGN);
        List<SurveyBoard.CallbackLine> callbackLines = view.callbacks().latest();
        audit.recordList(user.username(), "survey.page.callbacks", "month=" + chosen,
                callbackLines.stream().map(l -> l.callback().msisdn()).toList());
        List<SurveyBoard.UnknownReply> replies = List.of();
        if (lead) {
            replies = board.unknownReplies(20);
            audit.recordList(user.username(), "survey.reply.list", "unresolved limit=20",
                    replies.stream().map(SurveyBoard.UnknownReply::msisdn).toList());
            replies = replies.stream().map(r -> r.withMsisdn(visibility.showMsisdn(r.msisdn()))).toList();
        }
        model.addAttribute("v", view);
        model.addAttribute("months", months);
        model.addAttribute("month", chosen);
        model.addAttribute("hasSurveys", months.contains(chosen));
        model.addAttribute("monthLast", chosen.atEndOfMonth());
        model.addAttribute("callbackLines", callbackLines.stream().map(l -> new Shown(l, visibility.showMsisdn(l.callback().msisdn()))).toList());
        model.addAttribute("lead", lead);
        model.addAttribute("replies", replies);
        model.addAttribute("unknownCount", board.unknownCount());
        model.addAttribute("n", new Numbers(locale));
        model.addAttribute("zoneName", zone.getDisplayName(java.time.format.TextStyle.FULL, locale));
        model.addAttribute("monthLabel", DateTimeFormatter.ofPattern(locale.getLanguage().equals("zh") ? "uuuu年M月" : "MMMM uuuu", locale));
        return "surveys/home";
    }

    /** A callback line with its number as the reader may see it. */
    record Shown(SurveyBoard.CallbackLine line, String msisdn) {
    }
}
