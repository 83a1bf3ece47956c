package io.manyi.moments.web;

import io.manyi.moments.Outcome;
import io.manyi.moments.SatisfactionIndicator;
import io.manyi.moments.TaskRefused;
import io.manyi.moments.TaskStatus;
import io.manyi.moments.TaskView;
import io.manyi.moments.Tasks;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.SubscriberOutOfScope;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
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
 * The phone or account manager's day (docs/moments.md, "The day"): a compact list of their tasks,
 * filtered by moment type, status, campaign and due (overdue, today, later, call-back booked), the
 * chosen task with the subscriber's 360 beside it (loaded by htmx), and the day's counts, which an
 * outcome or a booked call-back refreshes through the {@code workbench-changed} htmx event. The
 * number is revealed on request (audited). Supervisors work the team's pool at {@code /workbench/team}
 * ({@link TeamPages}).
 */
@Controller
class WorkbenchPages {

    /** The htmx event an outcome or a call-back sends: the counts and the list reload on it. */
    static final String CHANGED = "workbench-changed";
    static final Set<String> DUES = Set.of("overdue", "today", "later", "callback");

    private final Tasks tasks;
    private final Clock clock;
    private final WorkbenchApi summary;
    private final SubscriberDirectory directory;
    private final MessageSource messages;

    WorkbenchPages(Tasks tasks, Clock clock, WorkbenchApi summary, SubscriberDirectory directory, MessageSource messages) {
        this.messages = messages;
        this.tasks = tasks;
        this.clock = clock;
        this.summary = summary;
        this.directory = directory;
    }

    /** The list's filters; blank means all. */
    record Filter(String type, String status, Long campaign, String due) {

        static Filter of(String type, String status, String campaign, String due) {
            String t = blankToNull(type);
            String s = blankToNull(status);
            if (s != null && !s.equals("OPEN") && !s.equals("CLOSED")) {
                try {
                    TaskStatus.valueOf(s);
                } catch (IllegalArgumentException e) {
                    throw new TaskRefused(400, "bad-status", "status: '" + s + "' is none of OPEN, CLOSED, "
                            + List.of(TaskStatus.values()));
                }
            }
            Long c = null;
            if (blankToNull(campaign) != null) {
                try {
                    c = Long.parseLong(campaign.strip());
                } catch (NumberFormatException e) {
                    throw new TaskRefused(400, "bad-campaign", "campaign: '" + campaign + "' is not a campaign number");
                }
            }
            String d = blankToNull(due);
            if (d != null && !DUES.contains(d)) {
                throw new TaskRefused(400, "bad-due", "due: '" + d + "' is none of overdue, today, later, callback");
            }
            return new Filter(t, s, c, d);
        }

        boolean keeps(TaskView t) {
            if (type != null && !type.equals(t.type())) {
                return false;
            }
            if (status != null && !(status.equals("OPEN") ? t.open() : status.equals("CLOSED") ? !t.open()
                    : status.equals(t.status()))) {
                return false;
            }
            if (campaign != null && !campaign.equals(t.campaignId())) {
                return false;
            }
            return due == null || switch (due) {
                case "overdue" -> t.due().equals("OVERDUE") || t.due().equals("CALLBACK_DUE");
                case "today" -> t.due().equals("TODAY");
                case "later" -> t.due().equals("LATER");
                case "callback" -> t.callbackBooked();
                default -> true;
            };
        }

        public boolean any() {
            return type != null || status != null || campaign != null || due != null;
        }
    }

    /**
     * The day's counts over the whole list (not the filtered part): open tasks, open tasks to call
     * today (due today, overdue, or a call-back whose time has come), tasks finished today (done or
     * failed, in the operator's day), booked call-backs and how many of those are not yet due.
     */
    record Counts(long open, long dueToday, long finishedToday, long callbacks, long callbacksNotDue) {

        static Counts of(List<TaskView> list, LocalDate day, ZoneId zone) {
            Instant from = day.atStartOfDay(zone).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
            long open = 0, due = 0, finished = 0, callbacks = 0, notDue = 0;
            for (TaskView t : list) {
                if (t.open()) {
                    open++;
                    if (Set.of("TODAY", "OVERDUE", "CALLBACK_DUE").contains(t.due())) {
                        due++;
                    }
                } else if ((t.status().equals("DONE") || t.status().equals("FAILED")) && t.updatedAt() != null
                        && !t.updatedAt().isBefore(from) && t.updatedAt().isBefore(to)) {
                    finished++;
                }
                if (t.callbackBooked()) {
                    callbacks++;
                    if (t.due().equals("CALLBACK_NOT_DUE")) {
                        notDue++;
                    }
                }
            }
            return new Counts(open, due, finished, callbacks, notDue);
        }
    }

    @GetMapping("/workbench")
    String day(@RequestParam(required = false) String assignee, @RequestParam(required = false) LocalDate date,
               @RequestParam(required = false) String type, @RequestParam(required = false) String status,
               @RequestParam(required = false) String campaign, @RequestParam(required = false) String due,
               @RequestParam(required = false) Long task,
               @RequestHeader(name = "HX-Request", required = false) String htmx,
               @RequestHeader(name = "HX-Target", required = false) String htmxTarget,
               @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
               Locale locale, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        Filter filter = Filter.of(type, status, campaign, due);
        LocalDate day = date == null ? tasks.today() : date;
        String who = assignee == null || assignee.isBlank() ? me.username() : assignee.strip();
        boolean english = TaskApi.english(locale);
        List<TaskView> all = tasks.day(me, who, day, english);
        List<TaskView> shown = all.stream().filter(filter::keeps).toList();
        model.addAttribute("tasks", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("counts", Counts.of(all, day, clock.getZone()));
        model.addAttribute("filter", filter);
        model.addAttribute("day", day);
        model.addAttribute("who", who);
        model.addAttribute("mine", who.equals(me.username()));
        boolean fragment = htmx != null && historyRestore == null && "day-list".equals(htmxTarget);
        if (fragment) {
            return "workbench/day :: list";
        }
        Map<String, String> types = new LinkedHashMap<>();
        all.forEach(t -> types.putIfAbsent(t.type(), t.typeName()));
        model.addAttribute("types", types);
        model.addAttribute("statuses", List.of("OPEN", "ASSIGNED", "IN_PROGRESS", "DONE", "FAILED", "EXPIRED"));
        model.addAttribute("dues", List.of("overdue", "today", "later", "callback"));
        model.addAttribute("appointments", tasks.appointments(who));
        model.addAttribute("campaigns", summary.campaigns(who, english));
        model.addAttribute("supervisor", Tasks.supervises(me));
        model.addAttribute("selected", task);
        return "workbench/day";
    }

    /** The counts alone, for htmx after an outcome (the {@value #CHANGED} event). */
    @GetMapping("/workbench/counts")
    String counts(@RequestParam(required = false) String assignee, @RequestParam(required = false) LocalDate date,
                  Locale locale, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        LocalDate day = date == null ? tasks.today() : date;
        String who = assignee == null || assignee.isBlank() ? me.username() : assignee.strip();
        List<TaskView> all = tasks.day(me, who, day, TaskApi.english(locale));
        model.addAttribute("counts", Counts.of(all, day, clock.getZone()));
        model.addAttribute("appointments", tasks.appointments(who));
        model.addAttribute("day", day);
        model.addAttribute("who", who);
        return "workbench/day :: counts";
    }

    /** One task with the subscriber's 360 beside it: a whole page (a link, a bookmark). */
    @GetMapping("/workbench/tasks/{id}")
    String task(@PathVariable long id, Locale locale, Authentication authentication, Model model) {
        panelModel(CurrentUser.of(authentication), id, locale, model);
        return "workbench/task-page";
    }

    /** The same as a fragment, for the day's side panel. */
    @GetMapping("/workbench/tasks/{id}/panel")
    String panel(@PathVariable long id, Locale locale, Authentication authentication, Model model) {
        panelModel(CurrentUser.of(authentication), id, locale, model);
        return "workbench/task :: panel";
    }

    private void panelModel(CurrentUser me, long id, Locale locale, Model model) {
        TaskView t = tasks.get(me, id, TaskApi.english(locale));
        model.addAttribute("t", t);
        cardModel(model);
        // The 360 through the subscriber feature: its book rule and its audit apply.
        try {
            model.addAttribute("s", directory.view(me, t.ref()));
        } catch (SubscriberOutOfScope e) {
            model.addAttribute("outOfBook", true);
        }
    }

    @PostMapping("/workbench/tasks/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam String outcome, @RequestParam(required = false) String note,
                   @RequestParam(required = false) String indicator,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
                   Authentication authentication, Model model, HttpServletResponse response) {
        CurrentUser me = CurrentUser.of(authentication);
        tasks.recordOutcome(me, id, TaskApi.outcome(outcome), blankToNull(note), null, TaskApi.indicator(indicator));
        return card(me, id, htmx, locale, model, response);
    }

    @PostMapping("/workbench/tasks/{id}/callback")
    String callback(@PathVariable long id, @RequestParam(required = false) String at,
                    @RequestParam(required = false) String note,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
                    Authentication authentication, Model model, HttpServletResponse response) {
        CurrentUser me = CurrentUser.of(authentication);
        if (at == null || at.isBlank()) {
            throw new TaskRefused(400, "no-time", "at: the call-back's day and time are required");
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(at.strip());
        } catch (RuntimeException e) {
            throw new TaskRefused(400, "bad-time", "at: not a day and time: " + at);
        }
        // The form's time is the operator's wall-clock time, whatever the server's or browser's zone.
        tasks.bookCallback(me, id, local.atZone(clock.getZone()).toInstant(), blankToNull(note));
        return card(me, id, htmx, locale, model, response);
    }

    /** The full number, as a fragment for the card; every reveal is audited. */
    @PostMapping("/workbench/tasks/{id}/reveal")
    @ResponseBody
    String reveal(@PathVariable long id, Authentication authentication) {
        String msisdn = tasks.revealNumber(CurrentUser.of(authentication), id);
        return "<a class=\"mono msisdn\" id=\"number-" + id + "\" href=\"tel:" + msisdn + "\">" + msisdn + "</a>";
    }

    /** A refused action: an htmx request gets the message in place of the card, a page the error page. */
    @ExceptionHandler(TaskRefused.class)
    String refused(TaskRefused e, Locale locale, jakarta.servlet.http.HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        return RefusalText.view(e, locale, messages, request, response, model, clock.getZone());
    }

    private String card(CurrentUser me, long id, String htmx, Locale locale, Model model, HttpServletResponse response) {
        if (htmx == null) {
            return "redirect:/workbench?task=" + id;
        }
        response.setHeader("HX-Trigger", CHANGED);
        model.addAttribute("t", tasks.get(me, id, TaskApi.english(locale)));
        cardModel(model);
        return "workbench/task :: task";
    }

    private void cardModel(Model model) {
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("indicators", SatisfactionIndicator.values());
        model.addAttribute("tomorrow", LocalDateTime.now(clock).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
