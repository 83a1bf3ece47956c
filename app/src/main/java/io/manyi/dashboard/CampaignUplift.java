package io.manyi.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One campaign's measured effect: the response (e.g. retained, accepted the offer) of the treated
 * members against the random control group's. Uplift = treated rate − control rate.
 *
 * @param treated        members who received the action
 * @param treatedSuccess of those, how many responded
 * @param control        members held back at random
 * @param controlSuccess of those, how many responded anyway
 */
public record CampaignUplift(String id, String name, long treated, long treatedSuccess, long control, long controlSuccess) {

    @JsonProperty
    public BigDecimal treatedRate() {
        return Rates.share(treatedSuccess, treated);
    }

    @JsonProperty
    public BigDecimal controlRate() {
        return Rates.share(controlSuccess, control);
    }

    /** Percentage points as a fraction (0.031 = 3.1 points); null when either group is empty. */
    @JsonProperty
    public BigDecimal uplift() {
        BigDecimal t = treatedRate();
        BigDecimal c = controlRate();
        return t == null || c == null ? null : t.subtract(c).setScale(4, RoundingMode.HALF_UP);
    }
}
