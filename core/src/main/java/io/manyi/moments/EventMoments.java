package io.manyi.moments;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The immediate moments: a domain event (its type and its JSON payload read into a map) becomes
 * a moment, or nothing. Payloads are the ones agreed between the features (docs/moments.md).
 */
public final class EventMoments {

    public static final String STAR_UPGRADE = "STAR_UPGRADE";
    public static final String STAR_DOWNGRADE = "STAR_DOWNGRADE";
    public static final String CHURN_WARNING = "CHURN_WARNING";
    public static final String COMPLAINT_CALLBACK = "COMPLAINT_CALLBACK";
    public static final String SURVEY_CALLBACK = "SURVEY_CALLBACK";

    /** The event types this feature consumes. */
    public static final java.util.List<String> EVENT_TYPES = java.util.List.of(
            "StarLevelChanged", "ChurnWarningFired", "ComplaintClosed", "SurveyScoredLow", "PointsExpiring");

    private EventMoments() {
    }

    /** The occurrence of the callback moment after ticket {@code ticketId} closed (unique per subscriber and type). */
    public static String complaintCallbackOccurrence(Object ticketId) {
        return "T:" + ticketId;
    }

    /** The occurrence of the callback moment after the low score of survey {@code surveyId}. */
    public static String surveyCallbackOccurrence(Object surveyId) {
        return "S:" + surveyId;
    }

    /**
     * @param businessMonth the event's business month as {@code YYYY-MM}, or null
     * @param eventId       the event's id, the occurrence when the payload names nothing better
     */
    public static Optional<Detected> of(String eventType, Map<String, Object> payload, String businessMonth, long eventId) {
        return switch (eventType) {
            case "StarLevelChanged" -> starChange(payload, businessMonth, eventId);
            case "ChurnWarningFired" -> Optional.of(new Detected(CHURN_WARNING,
                    text(payload, "month", businessMonth) + ":" + text(payload, "rule", "RULE"),
                    text(payload, "detailZh", "离网预警"), text(payload, "detailEn", "churn warning")));
            case "ComplaintClosed" -> {
                String ticket = text(payload, "ticketId", "E" + eventId);
                String category = text(payload, "category", "");
                yield Optional.of(new Detected(COMPLAINT_CALLBACK, complaintCallbackOccurrence(ticket),
                        "您的投诉（" + category + "，工单" + ticket + "）已处理完毕",
                        "your complaint (" + category + ", ticket " + ticket + ") was closed"));
            }
            case "SurveyScoredLow" -> {
                String survey = text(payload, "surveyId", "E" + eventId);
                String score = text(payload, "score", "?");
                String touchpoint = text(payload, "touchpoint", "");
                yield Optional.of(new Detected(SURVEY_CALLBACK, surveyCallbackOccurrence(survey),
                        "您对" + touchpoint + "的满意度评分为" + score + "分",
                        "you scored " + touchpoint + " " + score + " out of 10"));
            }
            case "PointsExpiring" -> {
                Object points = payload.get("points");
                String expires = text(payload, "expiresOn", null);
                if (!(points instanceof Number number) || expires == null) {
                    yield Optional.empty();
                }
                yield Optional.of(MomentRules.pointsDetected(number.longValue(), LocalDate.parse(expires)));
            }
            default -> Optional.empty();
        };
    }

    /** Only a change between two known levels: a subscriber's first assessment is no moment. */
    private static Optional<Detected> starChange(Map<String, Object> payload, String businessMonth, long eventId) {
        if (!(payload.get("from") instanceof Number from) || !(payload.get("to") instanceof Number to)
                || from.intValue() == to.intValue()) {
            return Optional.empty();
        }
        String occurrence = businessMonth == null ? "E" + eventId : businessMonth;
        if (to.intValue() > from.intValue()) {
            return Optional.of(new Detected(STAR_UPGRADE, occurrence,
                    "您的星级由" + from + "星升至" + to + "星", "star level up from " + from + " to " + to));
        }
        return Optional.of(new Detected(STAR_DOWNGRADE, occurrence,
                "您的星级由" + from + "星降至" + to + "星", "star level down from " + from + " to " + to));
    }

    private static String text(Map<String, Object> payload, String key, String fallback) {
        Object value = payload.get(key);
        return value == null ? fallback : value.toString();
    }
}
