package io.manyi.moments.web;

import io.manyi.moments.Appointments;
import io.manyi.moments.TaskRefused;
import io.manyi.moments.Tasks;
import io.manyi.moments.TeamPool;
import io.manyi.moments.WorkbenchCampaigns;
import io.manyi.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workbench's counters: a person's appointments and campaigns and the team's load. */
@RestController
class WorkbenchApi {

    private final Tasks tasks;
    private final TeamPool team;
    private final List<WorkbenchCampaigns> campaigns;

    WorkbenchApi(Tasks tasks, TeamPool team, List<WorkbenchCampaigns> campaigns) {
        this.tasks = tasks;
        this.team = team;
        this.campaigns = campaigns;
    }

    @GetMapping("/api/v1/workbench/summary")
    Map<String, Object> summary(@RequestParam(required = false) String assignee,
                                @RequestParam(required = false) String lang, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        String who = assignee == null || assignee.isBlank() ? user.username() : assignee.strip();
        if (!Tasks.supervises(user) && !who.equals(user.username())) {
            throw new TaskRefused(403, "not-yours", "Phone managers see their own summary only");
        }
        Appointments a = tasks.appointments(who);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assignee", who);
        body.put("appointments", Map.of("processed", a.processed(), "due", a.due(), "notDue", a.notDue()));
        body.put("campaigns", campaigns(who, "en".equals(lang)));
        return body;
    }

    /** Per campaign with tasks for {@code who}: {@code name}, {@code cumulative} and {@code today} (processed tasks). */
    List<Map<String, Object>> campaigns(String who, boolean english) {
        return campaigns.stream().flatMap(c -> c.progress(who, tasks.today()).stream()).map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", p.id());
            item.put("name", english ? p.nameEn() : p.nameZh());
            item.put("tasks", p.tasks());
            item.put("cumulative", p.cumulative());
            item.put("today", p.today());
            return item;
        }).toList();
    }

    @GetMapping("/api/v1/workbench/load")
    Map<String, Object> load(@RequestParam(required = false) LocalDate date, Authentication authentication) {
        LocalDate day = date == null ? tasks.today() : date;
        List<TeamPool.Load> load = team.load(day);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", day);
        body.put("items", load);
        body.put("pool", team.poolSize(day));
        return body;
    }
}
