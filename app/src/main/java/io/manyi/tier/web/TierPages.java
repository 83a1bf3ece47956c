package io.manyi.tier.web;

import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberNotFound;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.tier.InvalidTierRules;
import io.manyi.tier.RulesPreview;
import io.manyi.tier.StarRules;
import io.manyi.tier.TierNotAssessed;
import io.manyi.tier.TierOverview;
import io.manyi.tier.TierProfiles;
import io.manyi.tier.TierRunRefused;
import io.manyi.tier.TierSettings;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tier pages: the tier section of the subscriber 360 (loaded by htmx into that page), the
 * star and VIP mix overview, and the rules page with its what-if preview.
 */
@Controller
class TierPages {

    private final TierProfiles profiles;
    private final SubscriberRefs refs;
    private final TierOverview overview;
    private final TierSettings settings;
    private final RulesPreview preview;
    private final JsonMapper json;
    private final org.springframework.context.MessageSource messages;

    TierPages(TierProfiles profiles, SubscriberRefs refs, TierOverview overview, TierSettings settings,
              RulesPreview preview, JsonMapper json, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.profiles = profiles;
        this.refs = refs;
        this.overview = overview;
        this.settings = settings;
        this.preview = preview;
        this.json = json;
    }

    /** The 360 page's tier section, by the subscriber's reference (the page may show a masked number). */
    @GetMapping("/tier/section/{ref}")
    String section(@PathVariable String ref, Locale locale, Authentication authentication, Model model) {
        String msisdn = refs.resolve(ref).orElseThrow(() -> new SubscriberNotFound("with this reference"));
        try {
            model.addAttribute("t", profiles.of(CurrentUser.of(authentication), msisdn, locale));
        } catch (TierNotAssessed e) {
            model.addAttribute("t", null);
        }
        return "tier/section :: section";
    }

    @GetMapping("/tier")
    String overview(Authentication authentication, Locale locale, Model model) {
        CurrentUser reader = CurrentUser.of(authentication);
        model.addAttribute("canEditRules", reader.may("POST", "/tier/rules"));
        YearMonth month = overview.latestMonth().orElse(null);
        model.addAttribute("month", month);
        if (month != null) {
            TierMix mix = TierMix.of(overview.mix(month));
            model.addAttribute("mix", mix);
            model.addAttribute("cards", TierMix.CARDS);
            model.addAttribute("segments", overview.segments(month));
            Map<String, Object> chart = mix.chart();
            // The chart's axis in the reader's language, like the table's first column (no brand codes)
            chart.put("brands", mix.brands().stream()
                    .map(b -> messages.getMessage("brand." + b.brand(), null, b.brand(), locale)).toList());
            model.addAttribute("mixJson", json.writeValueAsString(chart));
            model.addAttribute("inForceFrom", month.plusMonths(1).toString());
            model.addAttribute("cardCycle", TierOverview.cardCycle(month));
        }
        return "tier/overview";
    }

    @GetMapping("/tier/rules")
    String rules(Authentication authentication, Model model) {
        model.addAttribute("canEdit", canEditRules(authentication));
        model.addAttribute("form", RulesForm.of(settings.starRules()));
        model.addAttribute("month", overview.latestMonth().orElse(null));
        return "tier/rules";
    }

    /** htmx: the what-if table for the rules in the form, saving nothing. */
    @PostMapping("/tier/rules/preview")
    String preview(@ModelAttribute("form") RulesForm form, Model model) {
        try {
            RulesPreview.Result result = preview.preview(form.toRules());
            model.addAttribute("result", result);
            model.addAttribute("previewJson", json.writeValueAsString(chart(result)));
        } catch (InvalidTierRules e) {
            model.addAttribute("problems", e.problems());
        } catch (TierRunRefused e) {
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return "tier/rules :: preview";
    }

    @PostMapping("/tier/rules")
    String save(@ModelAttribute("form") RulesForm form, Authentication authentication, Model model) {
        try {
            StarRules rules = form.toRules();
            settings.putStarRules(rules, authentication.getName(), form.getReason());
            return "redirect:/tier/rules?saved";
        } catch (InvalidTierRules e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("month", overview.latestMonth().orElse(null));
            model.addAttribute("canEdit", canEditRules(authentication));
            return "tier/rules";
        }
    }

    private static boolean canEditRules(Authentication authentication) {
        return CurrentUser.of(authentication).may("POST", "/tier/rules");
    }

    private static Map<String, Object> chart(RulesPreview.Result result) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("brands", List.copyOf(result.byBrand().keySet()));
        chart.put("brandUp", result.byBrand().values().stream().map(RulesPreview.Moves::up).toList());
        chart.put("brandDown", result.byBrand().values().stream().map(RulesPreview.Moves::down).toList());
        chart.put("brandHeld", result.byBrand().values().stream().map(RulesPreview.Moves::held).toList());
        chart.put("cities", List.copyOf(result.byCity().keySet()));
        chart.put("cityUp", result.byCity().values().stream().map(RulesPreview.Moves::up).toList());
        chart.put("cityDown", result.byCity().values().stream().map(RulesPreview.Moves::down).toList());
        chart.put("cityHeld", result.byCity().values().stream().map(RulesPreview.Moves::held).toList());
        return chart;
    }
}
