package io.manyi.moments.web;

import io.manyi.moments.ContactPolicy;
import io.manyi.moments.DoNotCall;
import io.manyi.moments.MomentCatalog;
import io.manyi.moments.MomentSettings;
import io.manyi.moments.MomentType;
import io.manyi.moments.Priority;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.Visibility;
import io.manyi.platform.web.Inputs;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/moments}: the catalog (analysts and admins change it), the priority and
 * contact-policy settings, and the do-not-call list (supervisors and admins).
 */
@RestController
class MomentCatalogApi {

    private final MomentCatalog catalog;
    private final MomentSettings settings;
    private final DoNotCall doNotCall;
    private final AuditLog audit;

    MomentCatalogApi(MomentCatalog catalog, MomentSettings settings, DoNotCall doNotCall, AuditLog audit) {
        this.catalog = catalog;
        this.settings = settings;
        this.doNotCall = doNotCall;
        this.audit = audit;
    }

    @GetMapping("/api/v1/moments/types")
    List<MomentType> types() {
        return catalog.types();
    }

    @PutMapping("/api/v1/moments/types/{code}")
    MomentType update(@PathVariable String code, @RequestBody MomentCatalog.Change change, Authentication authentication) {
        MomentType updated = catalog.update(code, change, authentication.getName());
        audit.record(authentication.getName(), "moments.type.update", code, String.valueOf(change));
        return updated;
    }

    @GetMapping("/api/v1/moments/settings")
    Map<String, Object> settings() {
        return Map.of("priority", settings.priority(), "policy", settings.policy());
    }

    @PutMapping("/api/v1/moments/settings/priority")
    Priority putPriority(@RequestBody Priority priority, @RequestHeader(name = "X-Reason", required = false) String reason,
                         Authentication authentication) {
        settings.putPriority(priority, authentication.getName(), reason);
        return settings.priority();
    }

    @PutMapping("/api/v1/moments/settings/policy")
    ContactPolicy putPolicy(@RequestBody ContactPolicy policy, @RequestHeader(name = "X-Reason", required = false) String reason,
                            Authentication authentication) {
        settings.putPolicy(policy, authentication.getName(), reason);
        return settings.policy();
    }

    @GetMapping("/api/v1/do-not-call")
    List<DoNotCall.Entry> doNotCall(@RequestParam(defaultValue = "200") int limit, Authentication authentication) {
        List<DoNotCall.Entry> entries = doNotCall.list(limit);
        // A list of numbers is a read of personal data: one row naming them all, and each shown as the role may see it.
        audit.recordList(authentication.getName(), "do-not-call.list", "limit=" + limit,
                entries.stream().map(DoNotCall.Entry::msisdn).toList());
        Visibility visibility = Visibility.of(CurrentUser.of(authentication).roles());
        return entries.stream().map(e -> new DoNotCall.Entry(visibility.showMsisdn(e.msisdn()), e.reason(), e.addedBy(),
                e.addedAt())).toList();
    }

    record DoNotCallRequest(String msisdn, String reason) {
    }

    @PostMapping("/api/v1/do-not-call")
    Map<String, Object> addDoNotCall(@RequestBody DoNotCallRequest request, Authentication authentication) {
        Inputs.msisdn("msisdn", request.msisdn());
        Inputs.text("reason", request.reason(), 200);
        boolean added = doNotCall.add(request.msisdn(), request.reason(), authentication.getName());
        audit.record(authentication.getName(), "do-not-call.add", request.msisdn(), request.reason());
        return Map.of("msisdn", request.msisdn(), "added", added);
    }

    @DeleteMapping("/api/v1/do-not-call/{msisdn}")
    Map<String, Object> removeDoNotCall(@PathVariable String msisdn, Authentication authentication) {
        boolean removed = doNotCall.remove(msisdn);
        audit.record(authentication.getName(), "do-not-call.remove", msisdn, null);
        return Map.of("msisdn", msisdn, "removed", removed);
    }

    /** A CSV body of {@code msisdn[,reason]} lines; all or nothing. */
    @PostMapping(path = "/api/v1/do-not-call/import", consumes = {"text/csv", "text/plain"})
    Map<String, Object> importDoNotCall(@RequestBody String csv, Authentication authentication) {
        int added = doNotCall.importCsv(csv, authentication.getName());
        audit.record(authentication.getName(), "do-not-call.import", added + " numbers", null);
        return Map.of("added", added);
    }
}
