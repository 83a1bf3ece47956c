package io.manyi.hall.web;

import io.manyi.hall.CloseRefused;
import io.manyi.hall.CountForm;
import io.manyi.hall.HallAccess;
import io.manyi.hall.HallChecks;
import io.manyi.hall.HallDays;
import io.manyi.hall.HallVisits;
import io.manyi.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hall clerk's pages: the halls they reach, and a business day with its figures and the close
 * form (field names: {@code cash.<METHOD>}, {@code stock.<TYPE>}, {@code unusedInvoices},
 * {@code explain.<difference key>}).
 */
@Controller
class HallPages {

    private final HallDays days;
    private final HallChecks checks;
    private final HallAccess access;
    private final HallVisits visits;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    HallPages(HallDays days, HallChecks checks, HallAccess access, HallVisits visits, Clock clock,
              org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.days = days;
        this.checks = checks;
        this.access = access;
        this.visits = visits;
        this.clock = clock;
    }

    @GetMapping("/halls")
    String halls(Authentication authentication, Model model) {
        model.addAttribute("halls", access.visible(CurrentUser.of(authentication)));
        model.addAttribute("today", LocalDate.now(clock));
        return "halls/home";
    }

    @GetMapping("/halls/{hallId}")
    String today(@PathVariable String hallId) {
        return "redirect:/halls/" + hallId + "/days/" + LocalDate.now(clock);
    }

    @GetMapping("/halls/{hallId}/days/{day}")
    String day(@PathVariable String hallId, @PathVariable LocalDate day, Authentication authentication, Model model) {
        return render(CurrentUser.of(authentication), hallId, day, Map.of(), model);
    }

    @PostMapping("/halls/{hallId}/days/{day}/close")
    String close(@PathVariable String hallId, @PathVariable LocalDate day, @RequestParam Map<String, String> form,
                 Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        try {
            days.close(user, hallId, day, toCount(form));
            return "redirect:/halls/" + hallId + "/days/" + day + "?closed";
        } catch (CloseRefused e) {
            model.addAttribute("refused", e);
        } catch (IllegalArgumentException | ArithmeticException e) {
            model.addAttribute("invalid", e.getMessage());
        }
        return render(user, hallId, day, form, model);
    }

    @PostMapping("/halls/{hallId}/months/{month}/close")
    String closeMonth(@PathVariable String hallId, @PathVariable YearMonth month, @RequestParam LocalDate day,
                      Authentication authentication, RedirectAttributes redirect) {
        try {
            days.closeMonth(CurrentUser.of(authentication), hallId, month);
            redirect.addFlashAttribute("monthClosed", month.toString());
        } catch (CloseRefused e) {
            redirect.addFlashAttribute("monthRefused", e.getMessage());
        }
        return "redirect:/halls/" + hallId + "/days/" + day;
    }

    private String render(CurrentUser user, String hallId, LocalDate day, Map<String, String> form, Model model) {
        HallDays.DayView view = days.day(user, hallId, day);
        model.addAttribute("d", view);
        model.addAttribute("form", form);
        model.addAttribute("month", YearMonth.from(day));
        model.addAttribute("previousMonth", YearMonth.from(day).minusMonths(1));
        model.addAttribute("checks", checks.ofMonth(user, hallId, YearMonth.from(day)));
        model.addAttribute("visitList", visits.ofDay(user, hallId, day));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("satisfaction", visits.satisfaction(user, hallId, YearMonth.from(day)));
        model.addAttribute("canClose", view.status() == HallDays.Status.OPEN);
        model.addAttribute("differenceTexts", new DifferenceTexts(messages,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "halls/day";
    }

    static CountForm toCount(Map<String, String> form) {
        Map<String, BigDecimal> cash = new LinkedHashMap<>();
        Map<String, String> stock = new LinkedHashMap<>();
        Map<String, String> explanations = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("cash.") && value != null && !value.isBlank()) {
                cash.put(name.substring(5), new BigDecimal(value.strip()));
            } else if (name.startsWith("stock.")) {
                stock.put(name.substring(6), value);
            } else if (name.startsWith("explain.")) {
                explanations.put(name.substring(8), value);
            }
        });
        return new CountForm(cash, stock, form.getOrDefault("unusedInvoices", ""), explanations);
    }
}
