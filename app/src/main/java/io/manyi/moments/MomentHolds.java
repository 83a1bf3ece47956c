package io.manyi.moments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A feature that holds waiting moments back before dispatch places them: the campaigns' control
 * arms and the per-moment-type holdout (docs/campaigns.md). Dispatch calls every such bean under
 * its lock, before it reads the waiting moments, so a held moment is never tasked, merged or texted.
 */
public interface MomentHolds {

    /**
     * Marks the moments to hold back SUPPRESSED (with the feature's reason) among the moments
     * waiting on {@code day} ({@code only}: these subscribers; null: everyone).
     *
     * @return how many moments it held back, and per subscriber the campaign a task made (or grown)
     *         from their remaining moments belongs to
     */
    Held hold(LocalDate day, List<String> only);

    record Held(int moments, Map<String, Long> campaignOf) {
    }
}
