package io.manyi.moments.web;

import io.manyi.moments.Channel;
import io.manyi.moments.InvalidMomentChange;
import io.manyi.moments.MomentCatalog;
import io.manyi.moments.MomentSettings;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The moment catalog editor: every type with its rule parameters, window, channel, SLA, scripts; analysts save. */
@Controller
class CatalogPages {

    private final MomentCatalog catalog;
    private final MomentSettings settings;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().build();

    CatalogPages(MomentCatalog catalog, MomentSettings settings, AuditLog audit) {
        this.catalog = catalog;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/moments/catalog")
    String catalog(Authentication authentication, Model model) {
        // Editors only for those who may save (AccessPolicy: POST /moments/catalog/{code}); others read.
        model.addAttribute("canEdit", authentication != null
                && CurrentUser.of(authentication).may("POST", "/moments/catalog/{code}"));
        model.addAttribute("types", catalog.types());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priority", settings.priority());
        model.addAttribute("policy", settings.policy());
        Map<String, String> params = new LinkedHashMap<>();
        catalog.types().forEach(t -> params.put(t.code(), json.writeValueAsString(t.params())));
        model.addAttribute("params", params);
        return "moments/catalog";
    }

    @PostMapping("/moments/catalog/{code}")
    String save(@PathVariable String code, @RequestParam(defaultValue = "false") boolean enabled,
                @RequestParam int windowDays, @RequestParam int slaHours, @RequestParam Channel channel,
                @RequestParam(required = false) String params, @RequestParam String scriptZh, @RequestParam String scriptEn,
                @RequestParam Map<String, String> form, Authentication authentication, Model model) {
        try {
            // The rule's numbers: one field each ("p.<name>"), or all at once as JSON ("params").
            Map<String, Double> parsed = new LinkedHashMap<>();
            if (params != null && !params.isBlank()) {
                parsed.putAll(json.readValue(params, new TypeReference<Map<String, Double>>() {
                }));
            }
            for (Map.Entry<String, String> e : form.entrySet()) {
                if (e.getKey().startsWith("p.") && e.getValue() != null && !e.getValue().isBlank()) {
                    String name = e.getKey().substring(2);
                    try {
                        parsed.put(name, Double.parseDouble(e.getValue().strip()));
                    } catch (NumberFormatException bad) {
                        throw new InvalidMomentChange(java.util.List.of(name + " must be a number, not '" + e.getValue() + "'"));
                    }
                }
            }
            MomentCatalog.Change change = new MomentCatalog.Change(null, null, null, null, channel, null, windowDays,
                    slaHours, parsed, scriptZh, scriptEn, enabled);
            catalog.update(code, change, authentication.getName());
            audit.record(authentication.getName(), "moments.type.update", code, change.toString());
            return "redirect:/moments/catalog?saved=" + code;
        } catch (InvalidMomentChange e) {
            model.addAttribute("problems", e.problems());
        } catch (RuntimeException e) {
            model.addAttribute("problems", java.util.List.of("params: " + e.getMessage()));
        }
        return catalog(authentication, model);
    }
}
