package io.manyi.groups.web;

import io.manyi.groups.GroupDetail;
import io.manyi.groups.GroupDirectory;
import io.manyi.groups.GroupFigures;
import io.manyi.groups.GroupFilter;
import io.manyi.platform.security.CurrentUser;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The group pages: the list (whole page, or only the table for htmx as filters change) and one
 * group with its members' risk. Charts read a JSON block in the page (static/js/groups.js), each
 * chart with its table.
 */
@Controller
class GroupPages {

    private final GroupDirectory directory;
    private final JsonMapper json;

    GroupPages(GroupDirectory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @GetMapping("/groups")
    String list(@RequestParam(name = "class", required = false) String groupClass,
                @RequestParam(required = false) String city, @RequestParam(required = false) String manager,
                @RequestParam(required = false) String month, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                Authentication authentication, Model model) {
        GroupDirectory.Page p = directory.list(CurrentUser.of(authentication),
                new GroupFilter(groupClass, city, manager, GroupApi.page(page)), GroupApi.month(month));
        model.addAttribute("p", p);
        model.addAttribute("months", directory.months(p.month()));
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "groups/list-results :: results" : "groups/list";
    }

    @GetMapping("/groups/{id}")
    String one(@PathVariable String id, @RequestParam(required = false) String month, Locale locale,
               Authentication authentication, Model model) {
        GroupDetail d = directory.detail(CurrentUser.of(authentication), id, GroupApi.month(month), locale);
        model.addAttribute("d", d);
        model.addAttribute("months", directory.months(d.group().figures().month()));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("bands", Arrays.stream(d.riskBands()).limit(10).boxed().toList());
        chart.put("unscored", d.riskBands()[10]);
        chart.put("months", d.trend().stream().map(f -> f.month().toString()).toList());
        chart.put("revenue", d.trend().stream().map(GroupFigures::revenueYuan).toList());
        chart.put("highRisk", d.trend().stream().map(GroupFigures::highRisk).toList());
        chart.put("members", d.trend().stream().map(GroupFigures::members).toList());
        model.addAttribute("chartJson", json.writeValueAsString(chart).replace("</", "<\\/"));
        return "groups/view";
    }
}
