package io.manyi.moments;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The immediate moments: what an event's facts make a moment of, or nothing. The events are the
 * producers' records (docs/moments.md, "Events"); {@code MomentEvents} reads them and calls the
 * function of each.
 */
public final class EventMoments {

    public static final String STAR_UPGRADE = "STAR_UPGRADE";
    public static final String STAR_DOWNGRADE = "STAR_DOWNGRADE";
    public static final String CHURN_WARNING = "CHURN_WARNING";
    public static final String COMPLAINT_CALLBACK = "COMPLAINT_CALLBACK";
    public static final String SURVEY_CALLBACK = "SURVEY_CALLBACK";

    private EventMoments() {
    }

    /**
     * A star level change ({@code StarLevelChanged}): only a change between two known levels; a
     * subscriber's first assessment ({@code from} null) is no moment.
     *
     * @param businessMonth the event's business month as {@code YYYY-MM} (the occurrence), or null
     * @param eventId       the event's id: the occurrence without a business month
     */
    public static Optional<Detected> starChange(Integer from, int to, String businessMonth, long eventId) {
        if (from == null || from == to) {
            return Optional.empty();
        }
        String occurrence = businessMonth == null ? "E" + eventId : businessMonth;
        if (to > from) {
            return Optional.of(new Detected(STAR_UPGRADE, occurrence,
                    "您的星级由" + from + "星升至" + to + "星", "star level up from " + from + " to " + to));
        }
        return Optional.of(new Detected(STAR_DOWNGRADE, occurrence,
                "您的星级由" + from + "星降至" + to + "星", "star level down from " + from + " to " + to));
    }

    /**
     * A churn warning ({@code ChurnWarningFired}); the warning's own words are the reason.
     *
     * @param month the warning's month as {@code YYYY-MM}
     */
    public static Detected churnWarning(String month, String rule, String detailZh, String detailEn) {
        return new Detected(CHURN_WARNING, month + ":" + or(rule, "RULE"), or(detailZh, "离网预警"),
                or(detailEn, "churn warning"));
    }

    /** The callback after a closed complaint ({@code ComplaintClosed}); its occurrence {@link Occurrences#ofTicket}. */
    public static Detected complaintCallback(long ticketId, String category) {
        String shown = or(category, "");
        return new Detected(COMPLAINT_CALLBACK, Occurrences.ofTicket(ticketId),
                "您的投诉（" + shown + "，工单" + ticketId + "）已处理完毕",
                "your complaint (" + shown + ", ticket " + ticketId + ") was closed");
    }

    /** The callback after a low survey score ({@code SurveyScoredLow}); its occurrence {@link Occurrences#ofSurvey}. */
    public static Detected surveyCallback(long surveyId, int score, String touchpoint) {
        String shown = or(touchpoint, "");
        return new Detected(SURVEY_CALLBACK, Occurrences.ofSurvey(surveyId),
                "您对" + shown + "的满意度评分为" + score + "分",
                "you scored " + shown + " " + score + " out of 10");
    }

    /** Points about to expire ({@code PointsExpiring}): the batch rule's moment, occurrence and all; none without a day. */
    public static Optional<Detected> pointsExpiring(long points, LocalDate expiresOn) {
        return expiresOn == null ? Optional.empty() : Optional.of(MomentRules.pointsDetected(points, expiresOn));
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
