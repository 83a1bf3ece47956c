package io.manyi.staff.web;

import io.manyi.platform.security.CurrentUser;
import io.manyi.staff.KnowledgeTests;
import io.manyi.staff.Period;
import io.manyi.staff.StaffAccess;
import io.manyi.staff.StaffAssessments;
import io.manyi.staff.StaffRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The service-star pages: rankings (table and chart) and one employee's assessment with its figures. */
@Controller
class StaffPages {

    private final StaffAssessments assessments;
    private final KnowledgeTests tests;
    private final StaffAccess access;
    private final JsonMapper json;
    private final Clock clock;

    StaffPages(StaffAssessments assessments, KnowledgeTests tests, StaffAccess access, JsonMapper json, Clock clock) {
        this.assessments = assessments;
        this.tests = tests;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/staff")
    String home(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        // forwarded, not redirected: the navigation's link opens the page itself (200), as every other link does
        return access.seesEveryone(user) ? "forward:/staff/rankings" : "forward:/staff/" + user.username();
    }

    @GetMapping("/staff/rankings")
    String rankings(@RequestParam(required = false) String period, @RequestParam(required = false) String role,
                    Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        YearMonth latest = assessments.assessedMonths().stream().findFirst().orElse(YearMonth.now(clock));
        Period of = StaffApi.period(period == null ? latest.toString() : period);
        StaffRole r = StaffApi.role(role) == null ? StaffRole.HALL_CLERK : StaffApi.role(role);
        List<StaffAssessments.Standing> standings = assessments.rankings(user, of, r);
        YearMonth anchor = of.to();
        model.addAttribute("period", of);
        model.addAttribute("role", r);
        model.addAttribute("standings", standings);
        model.addAttribute("components", r.components());
        model.addAttribute("periods", List.of(anchor.toString(),
                anchor.getYear() + "-Q" + ((anchor.getMonthValue() - 1) / 3 + 1), String.valueOf(anchor.getYear())));
        model.addAttribute("months", assessments.assessedMonths());
        Map<String, Object> chart = new LinkedHashMap<>();
        List<StaffAssessments.Standing> scored = standings.stream().filter(s -> s.score() != null).limit(30).toList();
        chart.put("names", scored.stream().map(s -> s.displayName() + " (" + s.username() + ")").toList());
        chart.put("scores", scored.stream().map(StaffAssessments.Standing::score).toList());
        model.addAttribute("chartJson", json.writeValueAsString(chart));
        return "staff/rankings";
    }

    @GetMapping("/staff/{username}")
    String employee(@PathVariable String username, @RequestParam(required = false) YearMonth month,
                    Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        YearMonth to = YearMonth.now(clock);
        List<StaffAssessments.Assessment> history = assessments.employee(user, username, to.minusMonths(11), to);
        StaffAssessments.Assessment shown = history.stream().filter(a -> month == null || a.month().equals(month))
                .reduce((a, b) -> b).orElse(null);
        model.addAttribute("username", username);
        model.addAttribute("history", history);
        model.addAttribute("a", shown);
        model.addAttribute("canRecord", user.may("POST", "/staff/{username}/knowledge-tests"));
        model.addAttribute("tests", shown == null ? List.of() : tests.ofMonth(user, shown.month(), username));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", history.stream().map(a -> a.month().toString()).toList());
        chart.put("totals", history.stream().map(StaffAssessments.Assessment::total).toList());
        model.addAttribute("chartJson", json.writeValueAsString(chart));
        model.addAttribute("today", LocalDate.now(clock));
        return "staff/employee";
    }

    @PostMapping("/staff/{username}/knowledge-tests")
    String recordTest(@PathVariable String username, @RequestParam LocalDate weekOf, @RequestParam BigDecimal score,
                      @RequestParam(required = false) BigDecimal maxScore, Authentication authentication,
                      RedirectAttributes redirect) {
        try {
            tests.record(CurrentUser.of(authentication), username, weekOf, score, maxScore);
            redirect.addFlashAttribute("testRecorded", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("testRefused", e.getMessage());
        }
        return "redirect:/staff/" + username;
    }
}
