package io.manyi.platform.audit.web;

import io.manyi.platform.audit.AuditEntry;
import io.manyi.platform.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit log for administrators: {@code GET /api/v1/audit} and the page {@code /audit}. */
@Controller
class AuditPages {

    private final AuditLog audit;
    private final Clock clock;

    AuditPages(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    Map<String, Object> api(@RequestParam(required = false) String actor,
                            @RequestParam(defaultValue = "100") int limit) {
        List<AuditEntry> entries = read(actor, limit);
        return Map.of("items", entries, "count", entries.size());
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(defaultValue = "100") int limit,
                Model model) {
        model.addAttribute("entries", read(actor, limit));
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("limit", limit);
        model.addAttribute("zone", clock.getZone()); // the operator's time, not the server's
        return "audit";
    }

    /** The audit log names subscribers, so reading it is itself audited. */
    private List<AuditEntry> read(String actor, int limit) {
        List<AuditEntry> entries = audit.latest(actor, limit);
        audit.record("audit.read", actor == null || actor.isBlank() ? "*" : actor, "rows=" + entries.size());
        return entries;
    }
}
