package io.manyi.churn.web;

import io.manyi.churn.AtRiskFilter;
import io.manyi.churn.AtRiskList;
import io.manyi.churn.ModelReport;
import io.manyi.churn.ModelReports;
import io.manyi.churn.RiskPanel;
import io.manyi.churn.RiskPanels;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.Inputs;
import io.manyi.subscriber.SubscriberNotFound;
import io.manyi.subscriber.SubscriberRefs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The churn pages: the at-risk list (whole page, or only the table for htmx as filters change),
 * the risk panel of the subscriber 360 (loaded by htmx into that page) and the model report.
 * Charts read JSON blocks in the page (static/js/churn.js); every chart has its table.
 */
@Controller
class ChurnPages {

    private final AtRiskList atRisk;
    private final RiskPanels panels;
    private final ModelReports reports;
    private final SubscriberRefs refs;
    private final JsonMapper json;

    ChurnPages(AtRiskList atRisk, RiskPanels panels, ModelReports reports, SubscriberRefs refs, JsonMapper json) {
        this.atRisk = atRisk;
        this.panels = panels;
        this.reports = reports;
        this.refs = refs;
        this.json = json;
    }

    /** Past it the offset overflows; no list has this many pages. */
    static final int MAX_PAGE = 100_000;

    @GetMapping("/churn")
    String atRisk(@RequestParam(required = false) String city, @RequestParam(required = false) String brand,
                  @RequestParam(required = false) Integer stars, @RequestParam(required = false) String manager,
                  @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                  Locale locale, Authentication authentication, Model model) {
        AtRiskFilter filter = new AtRiskFilter(city, brand, stars, manager, AtRiskFilter.Sort.of(sort),
                Inputs.between("page", page, 0, MAX_PAGE));
        model.addAttribute("p", atRisk.page(CurrentUser.of(authentication), filter, locale));
        model.addAttribute("sorts", AtRiskFilter.Sort.values());
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "churn/at-risk-results :: results" : "churn/at-risk";
    }

    /** The 360 page's risk panel, by the subscriber's reference (the page may show a masked number). */
    @GetMapping("/churn/panel/{ref}")
    String panel(@PathVariable String ref, Locale locale, Authentication authentication, Model model) {
        String msisdn = refs.resolve(ref).orElseThrow(() -> new SubscriberNotFound("with this reference"));
        RiskPanel panel = panels.of(CurrentUser.of(authentication), msisdn, locale).orElse(null);
        model.addAttribute("r", panel);
        if (panel != null) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("months", panel.trend().stream().map(t -> t.month().toString()).toList());
            chart.put("probability", panel.trend().stream().map(t -> round(100 * t.probability())).toList());
            chart.put("composite", panel.trend().stream().map(RiskPanel.TrendMonth::composite).toList());
            RiskPanel.Health h = panel.health();
            chart.put("health", List.of(h.tariff(), h.services(), h.experience(), h.circle()));
            model.addAttribute("riskJson", safe(json.writeValueAsString(chart)));
        }
        return "churn/panel :: panel";
    }

    @GetMapping("/churn/model")
    String model(Locale locale, Model model) {
        ModelReport report = reports.current().orElse(null);
        model.addAttribute("m", report);
        // Features by name in the reader's language, not their column keys
        boolean chinese = "zh".equals(locale.getLanguage());
        Map<String, String> featureNames = new LinkedHashMap<>();
        for (io.manyi.churn.ChurnFeature f : io.manyi.churn.ChurnFeature.values()) {
            featureNames.put(f.key(), chinese ? f.nameZh() : f.nameEn());
        }
        model.addAttribute("featureNames", featureNames);
        if (report != null) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("roc", report.roc().stream().map(p -> List.of(p.x(), p.y())).toList());
            chart.put("lift", report.lift().stream().map(p -> List.of(p.x(), p.y())).toList());
            chart.put("calibration", report.calibration().stream()
                    .map(c -> List.of(c.meanPredicted(), c.observed(), c.count())).toList());
            chart.put("importance", report.importance().stream()
                    .map(i -> List.of(featureNames.getOrDefault(i.feature(), i.feature()), i.gain())).toList());
            model.addAttribute("reportJson", safe(json.writeValueAsString(chart)));
        }
        return "churn/model";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** JSON inside a script element must not close it. */
    private static String safe(String jsonText) {
        return jsonText.replace("</", "<\\/");
    }
}
