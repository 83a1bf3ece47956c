package io.manyi.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * One campaign's measured effect: the response (e.g. retained, accepted the offer) of the treated
 * members against the random control group's. Uplift = treated rate − control rate.
 *
 * @param treated        members who received the action
 * @param treatedSuccess of those, how many responded
 * @param control        members held back at random
 * @param controlSuccess of those, how many responded anyway
 * @param pendingUntil   null when there are results; else the first month after the start, which the data does not cover yet
 */
public record CampaignUplift(String id, String name, long treated, long treatedSuccess, long control, long controlSuccess,
                             YearMonth pendingUntil) {

    /** A campaign with results. */
    public CampaignUplift(String id, String name, long treated, long treatedSuccess, long control, long controlSuccess) {
        this(id, name, treated, treatedSuccess, control, controlSuccess, null);
    }

    /** A campaign without results yet: the data does not cover {@code firstResultMonth}, the first month after its start. */
    public static CampaignUplift pending(String id, String name, YearMonth firstResultMonth) {
        return new CampaignUplift(id, name, 0, 0, 0, 0, firstResultMonth);
    }

    /** Whether there are results; false until the data covers {@link #pendingUntil()}. */
    @JsonProperty
    public boolean hasResults() {
        return pendingUntil == null;
    }

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
