package io.manyi.complaints.web;

import io.manyi.complaints.BusinessCalendar;
import io.manyi.complaints.DeskUsers;
import io.manyi.complaints.HandlingStep;
import io.manyi.complaints.SlaTimers;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.MessageSource;
import io.manyi.complaints.Channel;
import io.manyi.complaints.ComplaintCategories;
import io.manyi.complaints.NewTicket;
import io.manyi.complaints.Severity;
import io.manyi.complaints.Ticket;
import io.manyi.complaints.TicketRefused;
import io.manyi.complaints.Tickets;
import io.manyi.complaints.TicketHandling;
import io.manyi.complaints.TicketStatus;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The complaint desk: the queue by SLA due time, a form that logs a complaint in under a minute
 * (subscriber lookup and a searchable category picker, both by htmx) and the ticket page with
 * its six-step timeline and history.
 */
@Controller
class ComplaintPages {

    private final Tickets tickets;
    private final ComplaintCategories categories;
    private final TicketReaders readers;
    private final SubscriberDirectory directory;
    private final HistoryText historyText;
    private final Clock clock;
    private final SlaTimers timers;
    private final MessageSource messages;
    private final DeskUsers deskUsers;
    private final TicketHandling handling;

    ComplaintPages(Tickets tickets, ComplaintCategories categories, TicketReaders readers, SubscriberDirectory directory,
                   HistoryText historyText, Clock clock, SlaTimers timers, MessageSource messages, DeskUsers deskUsers,
                   TicketHandling handling) {
        this.handling = handling;
        this.timers = timers;
        this.messages = messages;
        this.deskUsers = deskUsers;
        this.tickets = tickets;
        this.categories = categories;
        this.readers = readers;
        this.directory = directory;
        this.historyText = historyText;
        this.clock = clock;
    }

    /** One line of the queue: the ticket, where it stands against its SLA and the business time left (or over). */
    record QueueRow(Ticket t, Tickets.SlaState sla, String countdown, String countdownTitle) {
    }

    /** A category the queue filters by: the node and everything under it. */
    record CategoryOption(String code, String label, int depth) {
    }

    @GetMapping("/complaints")
    String desk(@RequestParam(defaultValue = "all") String scope, @RequestParam(required = false) String mine,
                @RequestParam(required = false) String department, @RequestParam(required = false) String category,
                @RequestParam(required = false) String severity, @RequestParam(required = false) String sla,
                @RequestParam(defaultValue = "false") boolean appeals, @RequestParam(defaultValue = "due") String sort,
                @RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String error,
                Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.of(authentication);
        boolean canWrite = user.may("POST", "/complaints");
        // ?mine=true (the earlier link) is the "mine" scope
        String shownScope = "true".equals(mine) ? "mine" : scope;
        List<String> refused = new ArrayList<>();
        if (!List.of("all", "mine", "team").contains(shownScope)) {
            refused.add("scope");
        }
        Severity severityFilter = parseOrNote(Severity.class, severity, "severity", refused);
        Tickets.SlaState slaFilter = parseOrNote(Tickets.SlaState.class, sla, "sla", refused);
        Tickets.QueueSort sortOrder = parseOrNote(Tickets.QueueSort.class, sort, "sort", refused);
        Map<String, ComplaintCategories.Category> known = categories.byCode();
        if (category != null && !category.isBlank() && !known.containsKey(category)) {
            refused.add("category");
        }
        List<Map<String, Object>> departments = categories.departments();
        if (department != null && !department.isBlank() && departments.stream().noneMatch(d -> d.get("code").equals(department))) {
            refused.add("department");
        }
        int pageNumber;
        try {
            pageNumber = Integer.parseInt(page.strip());
            if (pageNumber < 1) {
                refused.add("page");
            }
        } catch (NumberFormatException e) {
            pageNumber = 1;
            refused.add("page");
        }
        String myTeam = tickets.teamOf(user.username());
        String team = "team".equals(shownScope) ? myTeam : (department == null || department.isBlank() ? null : department);
        Tickets.Page found = new Tickets.Page(List.of(), 0, 1, PAGE_SIZE);
        if (!refused.isEmpty()) {
            response.setStatus(400);
            error = messages.getMessage("desk.queue.invalid", new Object[] {String.join(", ", refused)}, locale);
        } else if (!user.scopedToAssignments()) {
            found = tickets.queue(new Tickets.Queue("mine".equals(shownScope) ? user.username() : null, team,
                    category == null || category.isBlank() ? null : subtree(category),
                    severityFilter, slaFilter, appeals ? Boolean.TRUE : null), sortOrder == null ? Tickets.QueueSort.DUE : sortOrder,
                    pageNumber, PAGE_SIZE);
            List<Ticket> readable = readers.readList(user, "ticket.list", "desk scope=" + shownScope + " page=" + pageNumber,
                    found.items());
            found = new Tickets.Page(readable, found.total(), found.page(), found.size());
        }
        Instant now = clock.instant();
        BusinessCalendar calendar = timers.calendar();
        model.addAttribute("rows", found.items().stream().map(t -> row(t, now, calendar, locale)).toList());
        model.addAttribute("page", found);
        model.addAttribute("scope", shownScope);
        model.addAttribute("department", department);
        model.addAttribute("category", category);
        model.addAttribute("severity", severity);
        model.addAttribute("sla", sla);
        model.addAttribute("appeals", appeals);
        model.addAttribute("sort", sort);
        model.addAttribute("myTeam", departmentName(departments, myTeam, locale));
        model.addAttribute("departments", departments.stream().map(d -> Map.of("code", d.get("code"),
                "name", departmentName(departments, (String) d.get("code"), locale))).toList());
        Map<String, String> departmentNames = new java.util.HashMap<>();
        departments.forEach(d -> departmentNames.put((String) d.get("code"), departmentName(departments, (String) d.get("code"), locale)));
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute("categoryNames", categoryNames(locale));
        model.addAttribute("categoryOptions", categoryOptions(categories.tree(locale, null), 0, new ArrayList<>()));
        model.addAttribute("slaStates", Tickets.SlaState.values());
        model.addAttribute("sorts", Tickets.QueueSort.values());
        model.addAttribute("tickets", found.items());
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("canAnalyse", user.may("GET", "/complaints/analysis"));
        model.addAttribute("canEdit", user.may("POST", "/complaints/settings/category"));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("error", error);
        model.addAttribute("zone", clock.getZone());
        return "complaints/desk";
    }

    static final int PAGE_SIZE = 25;

    /** Category names in the reader's language (the ticket row carries both). */
    private Map<String, String> categoryNames(Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        Map<String, String> names = new java.util.HashMap<>();
        categories.byCode().forEach((code, c) -> names.put(code, en ? c.nameEn() : c.nameZh()));
        return names;
    }

    private <E extends Enum<E>> E parseOrNote(Class<E> type, String value, String field, List<String> refused) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            refused.add(field);
            return null;
        }
    }

    private List<String> subtree(String code) {
        List<String> codes = new ArrayList<>();
        codes.add(code);
        Map<String, ComplaintCategories.Category> all = categories.byCode();
        boolean added = true;
        while (added) {
            added = false;
            for (ComplaintCategories.Category c : all.values()) {
                if (c.parentCode() != null && codes.contains(c.parentCode()) && !codes.contains(c.code())) {
                    codes.add(c.code());
                    added = true;
                }
            }
        }
        return codes;
    }

    private static List<CategoryOption> categoryOptions(List<ComplaintCategories.Node> nodes, int depth, List<CategoryOption> into) {
        for (ComplaintCategories.Node node : nodes) {
            into.add(new CategoryOption(node.code(), "\u00a0\u00a0".repeat(depth) + node.name(), depth));
            categoryOptions(node.children(), depth + 1, into);
        }
        return into;
    }

    static String departmentName(List<Map<String, Object>> departments, String code, Locale locale) {
        return departments.stream().filter(d -> d.get("code").equals(code))
                .map(d -> (String) d.get(locale.getLanguage().equals("en") ? "name_en" : "name_zh"))
                .findFirst().orElse(code);
    }

    private QueueRow row(Ticket t, Instant now, BusinessCalendar calendar, Locale locale) {
        Tickets.SlaState state = Tickets.SlaState.of(t, now);
        String title = messages.getMessage("desk.sla.title", new Object[] {hours(Duration.ofMinutes(t.slaMinutes()), locale)}, locale);
        if (state == Tickets.SlaState.PAUSED || t.slaDueAt() == null) {
            return new QueueRow(t, state, messages.getMessage("desk.sla.paused", null, locale), title);
        }
        String text = t.slaDueAt().isAfter(now)
                ? messages.getMessage("desk.sla.left", new Object[] {hours(calendar.between(now, t.slaDueAt()), locale)}, locale)
                : messages.getMessage("desk.sla.over", new Object[] {hours(calendar.between(t.slaDueAt(), now), locale)}, locale);
        return new QueueRow(t, state, text, title);
    }

    /** Business time as hours and minutes ("3 h 05 min"). */
    private String hours(Duration d, Locale locale) {
        return messages.getMessage("desk.sla.hm", new Object[] {d.toHours(), d.toMinutesPart()}, locale);
    }

    record Leaf(String code, String label) {
    }

    /** The category picker: leaves whose path matches the search, labelled with their path. */
    @GetMapping("/complaints/categories")
    String categories(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                      Locale locale, Model model) {
        List<Leaf> leaves = new ArrayList<>();
        collect(categories.tree(locale, q), "", leaves);
        model.addAttribute("leaves", leaves);
        // the cause already picked stays picked while the list is searched again
        model.addAttribute("picked", category);
        return "complaints/categories :: list";
    }

    private static void collect(List<ComplaintCategories.Node> nodes, String prefix, List<Leaf> leaves) {
        for (ComplaintCategories.Node node : nodes) {
            String label = prefix.isEmpty() ? node.name() : prefix + " › " + node.name();
            if (node.children().isEmpty()) {
                leaves.add(new Leaf(node.code(), label));
            } else {
                collect(node.children(), label, leaves);
            }
        }
    }

    /** What the lookup shows of a subscriber. */
    record Found(String name, String brand, String city, int stars, long open) {
    }

    @GetMapping("/complaints/lookup")
    String lookup(@RequestParam(defaultValue = "") String msisdn, Authentication authentication, Model model) {
        Found found = null;
        if (msisdn.matches("\\d{11}")) {
            // the book and the audit of the 360 view apply (a manager outside their book gets 403 and no field)
            found = directory.brief(CurrentUser.of(authentication), msisdn, "complaints.lookup.view",
                            "name, brand, city, stars, open tickets")
                    .map(brief -> {
                        Tickets.Standing standing = tickets.standing(msisdn);
                        return new Found(brief.name(), brief.brand(), brief.city(), standing.stars(), standing.openTickets());
                    })
                    .orElse(null);
        }
        model.addAttribute("s", found);
        return "complaints/lookup :: subscriber";
    }

    @PostMapping("/complaints")
    String open(@RequestParam String msisdn, @RequestParam(required = false) String category, @RequestParam String channel,
                @RequestParam String severity, @RequestParam String description, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        try {
            Ticket ticket = tickets.open(new NewTicket(msisdn.strip(), TicketApi.parse(Channel.class, "channel", channel), category,
                    TicketApi.parse(Severity.class, "severity", severity), description, List.of(), null), user.username());
            return "redirect:/complaints/" + ticket.id();
        } catch (TicketRefused refused) {
            return "redirect:/complaints?error=" + java.net.URLEncoder.encode(refused.getMessage(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @GetMapping("/complaints/{id}")
    String ticket(@PathVariable long id, @RequestParam(required = false) String error, Authentication authentication,
                  Locale locale, Model model) {
        return ticketPage(id, error, CurrentUser.of(authentication), locale, model);
    }

    private String ticketPage(long id, String error, CurrentUser user, Locale locale, Model model) {
        Ticket ticket = readers.readOne(user, tickets.find(id));
        List<Map<String, Object>> departments = categories.departments();
        Instant now = clock.instant();
        model.addAttribute("t", ticket);
        model.addAttribute("categoryName", categoryNames(locale).getOrDefault(ticket.category(), ticket.category()));
        model.addAttribute("departmentName", departmentName(departments, ticket.department(), locale));
        model.addAttribute("handlingDepartmentName", departmentName(departments, ticket.handlingDepartment(), locale));
        boolean mayWork = user.may("POST", "/complaints/{id}/steps");
        boolean open = !ticket.status().isFinal();
        model.addAttribute("canWork", open && mayWork);
        model.addAttribute("canPause", open && mayWork && !ticket.paused() && user.may("POST", "/complaints/{id}/status"));
        model.addAttribute("canResume", open && mayWork && ticket.paused() && user.may("POST", "/complaints/{id}/status"));
        model.addAttribute("canTransfer", open && user.may("POST", "/complaints/{id}/transfer"));
        model.addAttribute("canReopen", (ticket.status() == TicketStatus.CLOSED || ticket.status() == TicketStatus.RESOLVED)
                && user.may("POST", "/complaints/{id}/reopen"));
        model.addAttribute("myName", user.username());
        model.addAttribute("departments", departments.stream().map(d -> Map.of("code", d.get("code"),
                "name", departmentName(departments, (String) d.get("code"), locale))).toList());
        model.addAttribute("deskUsers", user.may("POST", "/complaints/{id}/transfer") ? deskUsers.usernames() : List.of());
        model.addAttribute("sla", row(ticket, now, timers.calendar(), locale));
        model.addAttribute("handlingSteps", HandlingStep.values());
        model.addAttribute("error", error);
        model.addAttribute("history", historyText.of(ticket, tickets.history(id), clock.getZone(), locale));
        model.addAttribute("zone", clock.getZone());
        return "complaints/ticket";
    }

    /** Pauses the SLA clock while waiting for the customer ({@code WAITING_CUSTOMER}) or resumes the work ({@code IN_PROGRESS}). */
    @PostMapping("/complaints/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
                  Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.of(authentication);
        return act(id, user, locale, model, response, () -> {
            TicketStatus target = status == null ? null : switch (status.strip()) {
                case "WAITING_CUSTOMER", "IN_PROGRESS" -> TicketStatus.valueOf(status.strip());
                default -> null;
            };
            if (target == null) {
                throw TicketRefused.invalid("status: WAITING_CUSTOMER (pause) or IN_PROGRESS (resume)");
            }
            Ticket current = tickets.find(id);
            if (target == TicketStatus.IN_PROGRESS && !current.paused()) {
                throw new TicketRefused(409, "not-paused", "the ticket is not waiting for the customer");
            }
            if (reason != null && reason.length() > 500) {
                throw TicketRefused.invalid("reason: up to 500 characters");
            }
            handling.changeStatus(id, target, reason == null || reason.isBlank() ? null : reason.strip(), user.username());
        });
    }

    @PostMapping("/complaints/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) String department,
                    @RequestParam(required = false) String assignee, @RequestParam(required = false) String reason,
                    Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.of(authentication);
        return act(id, user, locale, model, response, () -> handling.transfer(id, department, assignee, reason, user.username()));
    }

    @PostMapping("/complaints/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, Authentication authentication,
                  Locale locale, Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.of(authentication);
        return act(id, user, locale, model, response, () -> handling.reopen(id, reason, user.username()));
    }

    /**
     * Runs a ticket action and goes back to the ticket; refused, the ticket page answers with the
     * refusal's status (400, 409, 422) and says why in the reader's language.
     */
    private String act(long id, CurrentUser user, Locale locale, Model model, HttpServletResponse response, Runnable action) {
        readers.readOne(user, tickets.find(id));
        try {
            action.run();
            return "redirect:/complaints/" + id;
        } catch (TicketRefused refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            response.setStatus(refused.status());
            String said = messages.getMessage("desk.refused." + refused.code(), null, null, locale);
            return ticketPage(id, said == null ? refused.getMessage() : said + " (" + refused.getMessage() + ")", user, locale, model);
        }
    }
}
