package io.manyi.moments.web;

import io.manyi.moments.Channel;
import io.manyi.moments.InvalidMomentChange;
import io.manyi.moments.MomentCatalog;
import io.manyi.moments.MomentSettings;
import io.manyi.platform.audit.AuditLog;
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
    String catalog(Model model) {
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
                @RequestParam String params, @RequestParam String scriptZh, @RequestParam String scriptEn,
                Authentication authentication, Model model) {
        try {
            Map<String, Double> parsed = json.readValue(params, new TypeReference<Map<String, Double>>() {
            });
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
        return catalog(model);
    }
}
