package io.manyi.subscriber.web;

import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.SubscriberListItem;
import io.manyi.subscriber.SubscriberSearch;
import io.manyi.subscriber.SubscriberView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages: home with the search box, results (a whole page, or only the table for htmx as the
 * user types) and the 360 view.
 */
@Controller
class SubscriberPages {

    private final SubscriberDirectory directory;
    private final JsonMapper json;

    SubscriberPages(SubscriberDirectory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("q", "");
        model.addAttribute("asked", false);
        model.addAttribute("items", List.of());
        model.addAttribute("limit", SubscriberSearch.DEFAULT_LIMIT);
        return "subscribers/home";
    }

    @GetMapping("/subscribers")
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) String manager,
                  @RequestParam(required = false) Integer limit,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                  Authentication authentication, Model model, HttpServletResponse response) {
        SubscriberSearch search = SubscriberSearch.of(q, manager, limit);
        CurrentUser reader = CurrentUser.of(authentication);
        // An empty box lists nothing rather than the first page of everyone (and audits nothing).
        boolean asked = search.q() != null || search.manager() != null;
        List<SubscriberListItem> items = asked ? directory.search(reader, search) : List.of();
        // htmx restoring history after a cache miss wants the whole page, not the table.
        boolean fragment = htmx != null && historyRestore == null;
        // A manager's full number outside their book: the page says so without repeating the number,
        // and a whole page answers 404 as the 360 would (htmx swaps only a 2xx, so its fragment stays 200).
        boolean notInBook = reader.scopedToAssignments() && search.q() != null && search.isFullNumber() && items.isEmpty();
        if (notInBook && !fragment) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("q", q == null || notInBook ? "" : q);
        model.addAttribute("asked", asked);
        model.addAttribute("notInBook", notInBook);
        model.addAttribute("items", items);
        model.addAttribute("limit", search.limit());
        return fragment ? "subscribers/results :: results" : "subscribers/home";
    }

    @GetMapping("/subscribers/{msisdnOrRef}")
    String view(@PathVariable String msisdnOrRef, Authentication authentication, Model model) {
        SubscriberView view = directory.view(CurrentUser.of(authentication), msisdnOrRef);
        model.addAttribute("s", view);
        model.addAttribute("usageJson", json.writeValueAsString(UsageChart.of(view.usage())));
        return "subscribers/view";
    }
}
