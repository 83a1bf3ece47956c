package io.manyi.complaints.web;

import io.manyi.complaints.ComplaintAnalysis;
import io.manyi.complaints.ComplaintCategories;
import io.manyi.complaints.SlaPolicy;
import io.manyi.complaints.TicketRefused;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.settings.Settings;
import io.manyi.satisfaction.SurveyResults;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service manager's pages: complaint analysis with the Pareto chart and the satisfaction
 * results with the departments' lost points; and the editors of the category tree and the SLA policy.
 */
@Controller
class ComplaintAdminPages {

    private final ComplaintAnalysis analysis;
    private final SurveyResults surveys;
    private final ComplaintCategories categories;
    private final Settings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    ComplaintAdminPages(ComplaintAnalysis analysis, SurveyResults surveys, ComplaintCategories categories, Settings settings,
                        JsonMapper json, Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.analysis = analysis;
        this.surveys = surveys;
        this.categories = categories;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/complaints/analysis")
    String analysis(@RequestParam(defaultValue = "department") String by, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, java.util.Locale locale, Model model) {
        LocalDate end;
        LocalDate start;
        try {
            end = to == null || to.isBlank() ? LocalDate.now(clock) : LocalDate.parse(to);
            start = from == null || from.isBlank() ? end.minusDays(365) : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw TicketRefused.invalid("from and to are dates (YYYY-MM-DD)");
        }
        Instant a = start.atStartOfDay(clock.getZone()).toInstant();
        Instant b = end.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        // causes named in the reader's language (the analysis names them in both)
        boolean en = locale.getLanguage().equals("en");
        var pareto = analysis.pareto(a, b).stream().map(c -> new ComplaintAnalysis.Cause(c.category(), categories.find(c.category())
                .map(k -> en ? k.nameEn() : k.nameZh()).orElse(c.name()), c.department(), c.tickets(), c.share(), c.cumulativeShare()))
                .toList();
        model.addAttribute("by", ComplaintAnalysis.DIMENSIONS.contains(by) ? by : "department");
        model.addAttribute("dimensions", ComplaintAnalysis.DIMENSIONS);
        model.addAttribute("from", start.toString());
        model.addAttribute("to", end.toString());
        String dimension = ComplaintAnalysis.DIMENSIONS.contains(by) ? by : "department";
        var rows = analysis.by(dimension, a, b);
        model.addAttribute("rows", rows);
        model.addAttribute("appeals", analysis.appeals(a, b));
        // the groups and departments in words, not codes
        var departments = categories.departments();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (var r : rows) {
            names.put(r.group(), switch (dimension) {
                case "department" -> ComplaintPages.departmentName(departments, r.group(), locale);
                case "channel" -> messages.getMessage("complaints.channel." + r.group(), null, r.group(), locale);
                case "brand" -> messages.getMessage("brand." + r.group(), null, r.group(), locale);
                case "category" -> categories.find(r.group())
                        .map(c -> locale.getLanguage().equals("en") ? c.nameEn() : c.nameZh()).orElse(r.group());
                default -> r.group();
            });
        }
        model.addAttribute("groupNames", names);
        java.util.Map<String, String> departmentNames = new java.util.HashMap<>();
        departments.forEach(d -> departmentNames.put((String) d.get("code"),
                ComplaintPages.departmentName(departments, (String) d.get("code"), locale)));
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute("pareto", pareto);
        // Escaped for a <script type="application/json"> block: no "</" can end it early.
        model.addAttribute("paretoJson", json.writeValueAsString(pareto.stream().limit(20).toList()).replace("</", "<\\/"));
        model.addAttribute("attribution", surveys.attribution(a, b));
        model.addAttribute("dimensionAverages", surveys.dimensions(a, b));
        model.addAttribute("surveyMonths", surveys.by("month", a, b));
        return "complaints/analysis";
    }

    @GetMapping("/complaints/settings")
    String settingsPage(@RequestParam(required = false) String error, @RequestParam(required = false) String saved,
                        Authentication authentication, Locale locale, Model model) {
        model.addAttribute("canEdit", CurrentUser.of(authentication).may("POST", "/complaints/settings/sla"));
        SlaPolicy policy = settings.get(SlaPolicy.SETTING, SlaPolicy.class, SlaPolicy::defaults);
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("policy", policy);
        model.addAttribute("workdays", policy.workdays().stream().sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList());
        model.addAttribute("policyJson", json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(policy));
        List<ComplaintCategories.Category> all = categories.all();
        List<Map<String, Object>> departments = categories.departments();
        model.addAttribute("categories", all);
        model.addAttribute("categoryNames", all.stream().collect(
                Collectors.toMap(ComplaintCategories.Category::code, c -> english ? c.nameEn() : c.nameZh())));
        model.addAttribute("departments", departments);
        model.addAttribute("departmentNames", departments.stream().collect(
                Collectors.toMap(d -> (String) d.get("code"), d -> (String) d.get(english ? "name_en" : "name_zh"))));
        model.addAttribute("error", error);
        model.addAttribute("saved", saved);
        return "complaints/settings";
    }

    @PostMapping("/complaints/settings/sla")
    String saveSla(@RequestParam String policy, @RequestParam String reason, Authentication authentication) {
        SlaPolicy parsed;
        try {
            parsed = json.readValue(policy, SlaPolicy.class);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return "redirect:/complaints/settings?error=" + URLEncoder.encode(String.valueOf(cause.getMessage()), StandardCharsets.UTF_8);
        }
        settings.put(SlaPolicy.SETTING, parsed, authentication.getName(), reason);
        return "redirect:/complaints/settings?saved=sla";
    }

    @PostMapping("/complaints/settings/category")
    String saveCategory(@RequestParam String code, @RequestParam(required = false) String parentCode,
                        @RequestParam(required = false) String nameZh, @RequestParam(required = false) String nameEn,
                        @RequestParam(required = false) String department, @RequestParam(defaultValue = "true") boolean active) {
        try {
            categories.save(new ComplaintCategories.Change(code.strip(), blankToNull(parentCode), blankToNull(nameZh),
                    blankToNull(nameEn), blankToNull(department), null, null, active));
        } catch (TicketRefused refused) {
            return "redirect:/complaints/settings?error=" + URLEncoder.encode(refused.getMessage(), StandardCharsets.UTF_8);
        }
        return "redirect:/complaints/settings?saved=category";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
