package io.manyi.moments.web;

import io.manyi.moments.TaskRefused;
import io.manyi.moments.Tasks;
import io.manyi.moments.TeamPool;
import io.manyi.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

/**
 * The supervisor's team pool (docs/moments.md, "The team"): the tasks nobody holds yet, each
 * manager's load against capacity and their week's completion; assign a pool task, reassign a task,
 * move a manager's open tasks to the pool or to someone else (a rebalance). Every change goes
 * through {@link Tasks} (capacity, book, closed tasks refused with 409) and is audited.
 */
@Controller
class TeamPages {

    static final int POOL_SHOWN = 50;

    private final Tasks tasks;
    private final TeamPool team;
    private final MessageSource messages;
    private final java.time.Clock clock;

    TeamPages(Tasks tasks, TeamPool team, MessageSource messages, java.time.Clock clock) {
        this.team = team;
        this.messages = messages;
        this.clock = clock;
        this.tasks = tasks;
    }

    @GetMapping("/workbench/team")
    String team(@RequestParam(required = false) LocalDate date, Locale locale, Authentication authentication,
                Model model) {
        board(CurrentUser.of(authentication), date, locale, model);
        return "workbench/team";
    }

    @PostMapping("/workbench/team/assign")
    String assign(@RequestParam(required = false) Long task, @RequestParam(required = false) String assignee,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
                  Authentication authentication, Model model) {
        if (task == null) {
            throw new TaskRefused(400, "no-task", "task: the task's number is required");
        }
        if (assignee == null || assignee.isBlank()) {
            throw new TaskRefused(400, "no-assignee", "assignee: choose a manager");
        }
        CurrentUser me = CurrentUser.of(authentication);
        team.reassign(me, task, assignee);
        return after(me, htmx, locale, model, "assigned", String.valueOf(task), assignee.strip());
    }

    @PostMapping("/workbench/team/tasks/{id}/pool")
    String toPool(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Locale locale, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        team.toPool(me, id);
        return after(me, htmx, locale, model, "pooled", String.valueOf(id), null);
    }

    @PostMapping("/workbench/team/rebalance")
    String rebalance(@RequestParam(required = false) String from, @RequestParam(required = false) String count,
                     @RequestParam(required = false) String to,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
                     Authentication authentication, Model model) {
        int n;
        try {
            n = Integer.parseInt(count == null ? "" : count.strip());
        } catch (NumberFormatException e) {
            throw new TaskRefused(400, "bad-count", "count: a whole number of tasks, not '" + count + "'");
        }
        CurrentUser me = CurrentUser.of(authentication);
        TeamPool.Rebalanced done = team.rebalance(me, from, n, to);
        return after(me, htmx, locale, model, done.to() == null ? "rebalancedToPool" : "rebalanced",
                String.valueOf(done.moved().size()), done.from() + (done.to() == null ? "" : "|" + done.to()));
    }

    /** A refused change: the message, with its 4xx status (the page's script shows it in place). */
    @ExceptionHandler(TaskRefused.class)
    String refused(TaskRefused e, Locale locale, jakarta.servlet.http.HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        return RefusalText.view(e, locale, messages, request, response, model, clock.getZone());
    }

    /** After a change: the board again (htmx) with what was done, or the page (a plain form post). */
    private String after(CurrentUser me, String htmx, Locale locale, Model model, String what, String first, String second) {
        if (htmx == null) {
            return "redirect:/workbench/team?" + what;
        }
        model.addAttribute("changed", what);
        model.addAttribute("changedArgs", second == null ? new String[] {first} : (first + "|" + second).split("\\|"));
        board(me, null, locale, model);
        return "workbench/team :: board";
    }

    private void board(CurrentUser me, LocalDate date, Locale locale, Model model) {
        LocalDate day = date == null ? tasks.today() : date;
        List<TeamPool.Load> load = team.load(day);
        model.addAttribute("day", day);
        model.addAttribute("weekFrom", day.with(DayOfWeek.MONDAY));
        model.addAttribute("load", load);
        model.addAttribute("poolSize", team.poolSize(day));
        model.addAttribute("pool", team.pool(me, day, POOL_SHOWN, TaskApi.english(locale)));
        model.addAttribute("assigned", load.stream().mapToLong(TeamPool.Load::assigned).sum());
        model.addAttribute("finished", load.stream().mapToLong(l -> l.done() + l.failed()).sum());
        model.addAttribute("managers", load.stream().map(TeamPool.Load::username).toList());
        // Managers whose open tasks fill their capacity: offered, but marked and disabled.
        model.addAttribute("full", load.stream().filter(TeamPool.Load::full).map(TeamPool.Load::username)
                .collect(java.util.stream.Collectors.toSet()));
    }
}
