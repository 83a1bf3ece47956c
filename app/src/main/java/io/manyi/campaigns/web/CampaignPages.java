package io.manyi.campaigns.web;

import io.manyi.campaigns.CampaignRefused;
import io.manyi.campaigns.CampaignStatus;
import io.manyi.campaigns.CampaignUplifts;
import io.manyi.campaigns.Campaigns;
import io.manyi.campaigns.NewCampaign;
import io.manyi.campaigns.TargetRule;
import io.manyi.moments.ActionKind;
import io.manyi.moments.MomentCatalog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.tier.ValueSegment;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The campaign pages: the list with the create form and activate / close buttons (analysts and
 * admins), and the results page, uplift with 95 % intervals per campaign and per moment type as
 * charts (static/js/campaigns.js reads JSON blocks in the page) each with its table.
 */
@Controller
class CampaignPages {

    private final Campaigns campaigns;
    private final CampaignUplifts uplifts;
    private final MomentCatalog catalog;
    private final JsonMapper json;

    private final org.springframework.context.MessageSource messages;

    CampaignPages(Campaigns campaigns, CampaignUplifts uplifts, MomentCatalog catalog, JsonMapper json,
                  org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.campaigns = campaigns;
        this.uplifts = uplifts;
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping("/campaigns")
    String list(Authentication authentication, Locale locale, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        model.addAttribute("canEdit", me.may("POST", "/campaigns"));
        model.addAttribute("types", catalog.types());
        model.addAttribute("typeNames", typeNames("en".equals(locale.getLanguage())));
        model.addAttribute("actions", ActionKind.values());
        model.addAttribute("segments", ValueSegment.values());
        return "campaigns/list";
    }

    @PostMapping("/campaigns")
    String create(@RequestParam String nameZh, @RequestParam String nameEn, @RequestParam(required = false) List<String> types,
                  @RequestParam(required = false) String segments, @RequestParam(required = false) Double minChurn,
                  @RequestParam String offerZh, @RequestParam String offerEn, @RequestParam ActionKind actionKind,
                  @RequestParam LocalDate startsOn, @RequestParam LocalDate endsOn,
                  @RequestParam(required = false) Double controlPercent, Authentication authentication, Model model,
                  Locale locale) {
        CurrentUser me = CurrentUser.of(authentication);
        TargetRule rule = new TargetRule(types, null, null, null, split(segments), minChurn);
        try {
            long id = campaigns.create(new NewCampaign(nameZh, nameEn, rule, offerZh, offerEn, actionKind, startsOn, endsOn,
                    controlPercent, CampaignStatus.DRAFT), me.username()).id();
            return "redirect:/campaigns?created=" + id;
        } catch (CampaignRefused refused) {
            model.addAttribute("problems", refused.problems().isEmpty() ? List.of(refused.getMessage()) : refused.problems());
            return list(authentication, locale, model);
        }
    }

    @PostMapping("/campaigns/{id}/{action:activate|close}")
    String move(@PathVariable long id, @PathVariable String action, Authentication authentication) {
        CurrentUser me = CurrentUser.of(authentication);
        if ("activate".equals(action)) {
            campaigns.activate(id, me.username());
        } else {
            campaigns.close(id, me.username());
        }
        return "redirect:/campaigns";
    }

    @GetMapping("/campaigns/results")
    String results(Locale locale, Model model) {
        org.springframework.context.support.MessageSourceAccessor text = new org.springframework.context.support.MessageSourceAccessor(messages, locale);
        boolean english = "en".equals(locale.getLanguage());
        List<CampaignUplifts.CampaignUplift> byCampaign = uplifts.all();
        List<CampaignUplifts.MomentTypeUplift> byType = uplifts.byMomentType();
        Map<String, String> typeNames = typeNames(english);
        model.addAttribute("byCampaign", byCampaign);
        model.addAttribute("byType", byType);
        model.addAttribute("typeNames", typeNames);
        model.addAttribute("english", english);
        model.addAttribute("campaignJson", json.writeValueAsString(chart(byCampaign.stream()
                .map(u -> new Point(english ? u.nameEn() : u.nameZh(), u.uplift(), u.ciLow(), u.ciHigh())).toList())));
        model.addAttribute("typeJson", json.writeValueAsString(chart(byType.stream()
                .map(u -> new Point(typeNames.getOrDefault(u.type(), u.type()) + (english ? " (" : "（")
                        + text.getMessage("cp.source." + u.source(), u.source()) + (english ? ")" : "）"), u.uplift(),
                        u.ciLow(), u.ciHigh())).toList())));
        return "campaigns/results";
    }

    record Point(String label, Double uplift, Double low, Double high) {
    }

    /** Percentage points for the chart: the label, the estimate and the interval. */
    private static Map<String, Object> chart(List<Point> points) {
        List<Point> shown = points.stream().filter(p -> p.uplift() != null).toList();
        return Map.of("labels", shown.stream().map(Point::label).toList(),
                "uplift", shown.stream().map(p -> pp(p.uplift())).toList(),
                "low", shown.stream().map(p -> pp(p.low())).toList(),
                "high", shown.stream().map(p -> pp(p.high())).toList());
    }

    private static double pp(Double share) {
        return Math.round(share * 10_000) / 100.0;
    }

    private static List<String> split(String values) {
        return values == null || values.isBlank() ? null
                : Arrays.stream(values.split("[,\\s]+")).filter(s -> !s.isBlank()).map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    /** Each moment type's name in the reader's language, by code. */
    private Map<String, String> typeNames(boolean english) {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.types().forEach(t -> names.put(t.code(), english ? t.nameEn() : t.nameZh()));
        return names;
    }
}
