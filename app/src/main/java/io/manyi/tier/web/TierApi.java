package io.manyi.tier.web;

import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.BadInput;
import io.manyi.platform.web.Inputs;
import io.manyi.tier.CreditDecision;
import io.manyi.tier.RulesPreview;
import io.manyi.tier.StarRules;
import io.manyi.tier.SubscriberTier;
import io.manyi.tier.TierProfiles;
import io.manyi.tier.TierSettings;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tier API (docs/tiers.md): a subscriber's tier, the credit check, and the star rules with
 * their what-if preview. Reasons come in the request's language ({@code ?lang=en}; Chinese by default).
 */
@RestController
class TierApi {

    private final TierProfiles profiles;
    private final TierSettings settings;
    private final RulesPreview preview;

    TierApi(TierProfiles profiles, TierSettings settings, RulesPreview preview) {
        this.profiles = profiles;
        this.settings = settings;
        this.preview = preview;
    }

    @GetMapping("/api/v1/subscribers/{msisdn}/tier")
    SubscriberTier tier(@PathVariable String msisdn, Locale locale, Authentication authentication) {
        return profiles.of(CurrentUser.of(authentication), msisdn, locale);
    }

    /** {@code {"msisdn": "...", "balanceYuan": -120.5}}. */
    record CreditQuestion(String msisdn, BigDecimal balanceYuan) {
    }

    @PostMapping("/api/v1/credit/check")
    Map<String, Object> creditCheck(@RequestBody CreditQuestion question, Locale locale, Authentication authentication) {
        Inputs.msisdn("msisdn", question.msisdn());
        if (question.balanceYuan() == null) {
            throw BadInput.required("balanceYuan");
        }
        CreditDecision decision = profiles.creditCheck(CurrentUser.of(authentication), question.msisdn(),
                question.balanceYuan());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allowed", decision.allowed());
        body.put("limitYuan", decision.limitYuan());
        body.put("stars", decision.stars());
        body.put("reason", decision.reason(locale));
        return body;
    }

    @GetMapping("/api/v1/tier/rules")
    StarRules rules() {
        return settings.starRules();
    }

    /** Stores new rules; the reason ({@code X-Reason} header or {@code ?reason=}) is required and kept in the history. */
    @PutMapping("/api/v1/tier/rules")
    StarRules putRules(@RequestBody StarRules rules,
                       @RequestHeader(name = "X-Reason", required = false) String reasonHeader,
                       @RequestParam(name = "reason", required = false) String reasonParam,
                       Authentication authentication) {
        settings.putStarRules(rules, authentication.getName(), reasonHeader != null ? reasonHeader : reasonParam);
        return settings.starRules();
    }

    @PostMapping("/api/v1/tier/rules/preview")
    RulesPreview.Result preview(@RequestBody StarRules rules) {
        return preview.preview(rules);
    }
}
