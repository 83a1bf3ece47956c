package io.manyi.complaints.web;

import io.manyi.complaints.HandlingStep;
import io.manyi.complaints.Channel;
import io.manyi.complaints.ComplaintCategories;
import io.manyi.complaints.NewTicket;
import io.manyi.complaints.Severity;
import io.manyi.complaints.Ticket;
import io.manyi.complaints.TicketRefused;
import io.manyi.complaints.Tickets;
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

    ComplaintPages(Tickets tickets, ComplaintCategories categories, TicketReaders readers, SubscriberDirectory directory,
                   HistoryText historyText, Clock clock) {
        this.tickets = tickets;
        this.categories = categories;
        this.readers = readers;
        this.directory = directory;
        this.historyText = historyText;
        this.clock = clock;
    }

    @GetMapping("/complaints")
    String desk(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String error,
                Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        boolean canWrite = user.may("POST", "/complaints");
        List<Ticket> queue = user.scopedToAssignments() ? List.of() : readers.readList(user, "ticket.list", "desk mine=" + mine,
                tickets.list(new Tickets.Filter(null, null, null, null, null, mine ? user.username() : null, true, null), 100, 0));
        model.addAttribute("tickets", queue);
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("canAnalyse", user.may("GET", "/complaints/analysis"));
        model.addAttribute("canEdit", user.may("POST", "/complaints/settings/category"));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("error", error);
        model.addAttribute("zone", clock.getZone());
        return "complaints/desk";
    }

    record Leaf(String code, String label) {
    }

    /** The category picker: leaves whose path matches the search, labelled with their path. */
    @GetMapping("/complaints/categories")
    String categories(@RequestParam(required = false) String q, Locale locale, Model model) {
        List<Leaf> leaves = new ArrayList<>();
        collect(categories.tree(locale, q), "", leaves);
        model.addAttribute("leaves", leaves);
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
        CurrentUser user = CurrentUser.of(authentication);
        Ticket ticket = readers.readOne(user, tickets.find(id));
        model.addAttribute("t", ticket);
        model.addAttribute("departmentName", categories.departments().stream()
                .filter(d -> d.get("code").equals(ticket.department()))
                .map(d -> (String) d.get(locale.getLanguage().equals("en") ? "name_en" : "name_zh"))
                .findFirst().orElse(ticket.department()));
        model.addAttribute("canWork", !ticket.status().isFinal() && user.may("POST", "/complaints/{id}/steps"));
        model.addAttribute("handlingSteps", HandlingStep.values());
        model.addAttribute("error", error);
        model.addAttribute("history", historyText.of(ticket, tickets.history(id), clock.getZone(), locale));
        model.addAttribute("zone", clock.getZone());
        return "complaints/ticket";
    }
}
