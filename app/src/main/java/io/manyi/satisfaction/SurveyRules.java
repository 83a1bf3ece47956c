package io.manyi.satisfaction;

import java.util.List;
import java.util.Map;

/**
 * The setting {@code satisfaction.surveys}.
 *
 * @param lowScoreMax      a score at or below this creates a callback and a {@code SurveyScoredLow} event
 * @param sampleRates      share of touchpoints (COMPLAINT_CLOSED, HALL_VISIT, HOTLINE_CALL, TASK_DONE) that get a survey
 * @param cooldownDays     a subscriber gets at most one survey in this many days (complaint closures excepted)
 * @param dimensions       the optional dimension questions after the overall score, in order
 * @param callbackHours    the low-score callback is due within this many hours
 * @param expireDays       a survey without an answer expires after this many days
 * @param dimensionOwners  the department that owns each dimension (lost points of a survey outside a
 *                         complaint go to the owner of the dimension scored lowest)
 * @param satisfiedMin     a score at or above this counts as satisfied (the replies' 满意 reads 8; the
 *                         surveys page's "share satisfied"); absent in a setting saved before, 8
 * @param touchpointOwners the department that owns the lost points of a survey with no complaint and no
 *                         dimension scores, by the touchpoint that sent it (a hall visit: the halls'
 *                         channels department); a touchpoint not listed leaves them unattributed
 */
public record SurveyRules(int lowScoreMax, Map<String, Double> sampleRates, int cooldownDays, List<String> dimensions,
                          int callbackHours, int expireDays, Map<String, String> dimensionOwners, Integer satisfiedMin,
                          Map<String, String> touchpointOwners) {

    public static final int DEFAULT_SATISFIED_MIN = 8;

    public static final String SETTING = "satisfaction.surveys";

    public SurveyRules {
        sampleRates = Map.copyOf(sampleRates);
        dimensions = List.copyOf(dimensions);
        dimensionOwners = dimensionOwners == null ? defaultOwners() : Map.copyOf(dimensionOwners);
        satisfiedMin = satisfiedMin == null ? DEFAULT_SATISFIED_MIN : satisfiedMin;
        touchpointOwners = touchpointOwners == null ? defaultTouchpointOwners() : Map.copyOf(touchpointOwners);
        if (lowScoreMax < 0 || lowScoreMax > 10 || cooldownDays < 0 || callbackHours < 1 || expireDays < 1
                || satisfiedMin < 1 || satisfiedMin > 10) {
            throw new IllegalArgumentException("survey rules out of range");
        }
    }

    /** The rules as before {@code satisfiedMin}: satisfied from 8. */
    public SurveyRules(int lowScoreMax, Map<String, Double> sampleRates, int cooldownDays, List<String> dimensions,
                       int callbackHours, int expireDays, Map<String, String> dimensionOwners) {
        this(lowScoreMax, sampleRates, cooldownDays, dimensions, callbackHours, expireDays, dimensionOwners, null, null);
    }

    public static SurveyRules defaults() {
        return new SurveyRules(6, Map.of("COMPLAINT_CLOSED", 1.0, "HALL_VISIT", 0.3, "HOTLINE_CALL", 0.1, "TASK_DONE", 0.2),
                30, List.of("NETWORK", "FEES", "NEW_SERVICES"), 24, 7, defaultOwners(), DEFAULT_SATISFIED_MIN,
                defaultTouchpointOwners());
    }

    private static Map<String, String> defaultOwners() {
        return Map.of("NETWORK", "NETWORK", "FEES", "BILLING", "NEW_SERVICES", "DATA", "HALLS", "CHANNELS",
                "HOTLINE", "SERVICE", "REMINDERS", "SERVICE", "PROMOTIONS", "MARKETING");
    }

    private static Map<String, String> defaultTouchpointOwners() {
        return Map.of("HALL_VISIT", "CHANNELS", "HOTLINE_CALL", "SERVICE", "TASK_DONE", "SERVICE");
    }

    /**
     * The department that owns a survey's lost points: the complaint's department after a complaint,
     * else the owner of the dimension scored lowest, else the owner of the touchpoint that sent it,
     * else {@code UNATTRIBUTED}.
     */
    public String ownerOf(String ticketDepartment, String touchpoint, String dimensionList, String dimensionScores) {
        if (ticketDepartment != null) {
            return ticketDepartment;
        }
        String lowest = null;
        if (dimensionList != null && dimensionScores != null && !dimensionList.isBlank() && !dimensionScores.isBlank()) {
            String[] names = dimensionList.split(",");
            String[] values = dimensionScores.split(",");
            int min = Integer.MAX_VALUE;
            for (int i = 0; i < Math.min(names.length, values.length); i++) {
                int v = Integer.parseInt(values[i].strip());
                if (v < min) {
                    min = v;
                    lowest = names[i];
                }
            }
        }
        if (lowest != null) {
            return dimensionOwners.getOrDefault(lowest, "UNATTRIBUTED");
        }
        return touchpoint == null ? "UNATTRIBUTED" : touchpointOwners.getOrDefault(touchpoint, "UNATTRIBUTED");
    }

    public double sampleRate(String touchpoint) {
        return sampleRates.getOrDefault(touchpoint, 1.0);
    }
}
