package io.manyi.tier;

import java.math.BigDecimal;

/** Whether a subscriber may keep service at a balance, the credit line that decided it and why. */
public record CreditDecision(boolean allowed, BigDecimal limitYuan, int stars, String reasonZh, String reasonEn) {

    public String reason(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? reasonZh : reasonEn;
    }
}
