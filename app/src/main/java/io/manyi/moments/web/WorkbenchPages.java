package io.manyi.moments.web;

import io.manyi.moments.SatisfactionIndicator;
import io.manyi.moments.Outcome;
import io.manyi.moments.TaskRefused;
import io.manyi.moments.TaskView;
import io.manyi.moments.Tasks;
import io.manyi.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The phone manager's workbench: today's calls, most valuable first, each with why now, the need
 * and the script; outcome and call-back by htmx (the card is swapped); the number revealed on
 * request (audited). Supervisors see the team's load at {@code /workbench/team}.
 */
@Controller
class WorkbenchPages {

    private final Tasks tasks;
    private final Clock clock;
    private final WorkbenchApi summary;

    WorkbenchPages(Tasks tasks, Clock clock, WorkbenchApi summary) {
        this.tasks = tasks;
        this.clock = clock;
        this.summary = summary;
    }

    @GetMapping("/workbench")
    String day(@RequestParam(required = false) String assignee, @RequestParam(required = false) LocalDate date,
               Locale locale, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        LocalDate day = date == null ? tasks.today() : date;
        String who = assignee == null || assignee.isBlank() ? me.username() : assignee.strip();
        List<TaskView> list = tasks.day(me, who, day, TaskApi.english(locale));
        model.addAttribute("tasks", list);
        model.addAttribute("open", list.stream().filter(TaskView::open).count());
        model.addAttribute("day", day);
        model.addAttribute("who", who);
        model.addAttribute("appointments", tasks.appointments(who));
        model.addAttribute("campaigns", summary.campaigns(who, TaskApi.english(locale)));
        model.addAttribute("supervisor", Tasks.supervises(me));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("indicators", SatisfactionIndicator.values());
        model.addAttribute("tomorrow", LocalDateTime.now(clock).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0));
        return "workbench/day";
    }

    @PostMapping("/workbench/tasks/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam String outcome, @RequestParam(required = false) String note,
                   @RequestParam(required = false) String indicator,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
                   Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        tasks.recordOutcome(me, id, TaskApi.outcome(outcome), blankToNull(note), null, TaskApi.indicator(indicator));
        return card(me, id, htmx, locale, model);
    }

    @PostMapping("/workbench/tasks/{id}/callback")
    String callback(@PathVariable long id, @RequestParam String at, @RequestParam(required = false) String note,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
                    Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(at);
        } catch (RuntimeException e) {
            throw new TaskRefused(400, "bad-time", "Not a time: " + at);
        }
        tasks.bookCallback(me, id, local.atZone(clock.getZone()).toInstant(), blankToNull(note));
        return card(me, id, htmx, locale, model);
    }

    /** The full number, as a fragment for the card; every reveal is audited. */
    @PostMapping("/workbench/tasks/{id}/reveal")
    @ResponseBody
    String reveal(@PathVariable long id, Authentication authentication) {
        String msisdn = tasks.revealNumber(CurrentUser.of(authentication), id);
        return "<a class=\"mono msisdn\" id=\"number-" + id + "\" href=\"tel:" + msisdn + "\">" + msisdn + "</a>";
    }

    @GetMapping("/workbench/team")
    String team(@RequestParam(required = false) LocalDate date, Authentication authentication, Model model) {
        LocalDate day = date == null ? tasks.today() : date;
        List<Tasks.Load> load = tasks.load(day);
        model.addAttribute("day", day);
        model.addAttribute("load", load);
        model.addAttribute("pool", tasks.poolSize(day));
        model.addAttribute("assigned", load.stream().mapToLong(Tasks.Load::assigned).sum());
        model.addAttribute("finished", load.stream().mapToLong(l -> l.done() + l.failed()).sum());
        return "workbench/team";
    }

    /** A refused action: an htmx request gets the message in place of the card, a page the error page. */
    @ExceptionHandler(TaskRefused.class)
    String refused(TaskRefused e, HttpServletResponse response, Model model) {
        response.setStatus(e.status());
        model.addAttribute("message", e.getMessage());
        return "workbench/day :: refused";
    }

    private String card(CurrentUser me, long id, String htmx, Locale locale, Model model) {
        if (htmx == null) {
            return "redirect:/workbench";
        }
        model.addAttribute("t", tasks.get(me, id, TaskApi.english(locale)));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("indicators", SatisfactionIndicator.values());
        model.addAttribute("tomorrow", LocalDateTime.now(clock).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0));
        return "workbench/task :: task";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
