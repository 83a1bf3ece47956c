package io.manyi.planadvice;

import java.util.ArrayList;
import java.util.List;

/**
 * The operator's setting {@code planadvice.rules} (docs/plan-advice.md). Thresholds apply to the
 * monthly average over {@code months}; prices are what usage beyond a plan's allowance costs.
 *
 * @param months                 how many of the latest months of usage to average
 * @param roamingShare           roaming minutes at least this share of all minutes make a roamer
 * @param roamingMinutes         ... and at least this many a month
 * @param heavyDataMb            a month's data at or above this is heavy
 * @param heavyVoiceMinutes      a month's minutes at or above this is heavy voice
 * @param localShare             local minutes at least this share of all minutes make a local caller
 * @param dataServicesFen        value-added (data service) spend at or above this makes a data-service lover
 * @param voiceOverageFen        price of a minute beyond the allowance
 * @param roamingSurchargeFen    extra per roaming minute on a plan that is not business-travel
 * @param dataOverageFenPerMb    price of a MB beyond the allowance
 * @param smsOverageFen          price of an SMS beyond the allowance
 * @param minimumSavingFen       a cheaper plan is advised only if it saves at least this much a month
 * @param fitToleranceFen        a better-fitting plan is advised if it costs at most this much more
 * @param sameBrandOnly          advise only plans of the subscriber's own brand
 */
public record PlanAdviceRules(int months, double roamingShare, int roamingMinutes, int heavyDataMb,
                              int heavyVoiceMinutes, double localShare, long dataServicesFen, long voiceOverageFen,
                              long roamingSurchargeFen, long dataOverageFenPerMb, long smsOverageFen,
                              long minimumSavingFen, long fitToleranceFen, boolean sameBrandOnly) {

    public static final String SETTING = "planadvice.rules";

    public static PlanAdviceRules defaults() {
        return new PlanAdviceRules(3, 0.20, 30, 2048, 300, 0.80, 1500, 19, 40, 10, 10, 500, 1000, true);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (months < 1 || months > 12) {
            problems.add("months must be 1-12");
        }
        if (roamingShare < 0 || roamingShare > 1 || localShare < 0 || localShare > 1) {
            problems.add("shares must be between 0 and 1");
        }
        if (roamingMinutes < 0 || heavyDataMb < 0 || heavyVoiceMinutes < 0 || dataServicesFen < 0 || voiceOverageFen < 0
                || roamingSurchargeFen < 0 || dataOverageFenPerMb < 0 || smsOverageFen < 0 || minimumSavingFen < 0
                || fitToleranceFen < 0) {
            problems.add("thresholds and prices must not be negative");
        }
        return problems;
    }
}
