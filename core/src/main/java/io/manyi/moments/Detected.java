package io.manyi.moments;

/**
 * A moment a rule found for one subscriber. {@code occurrence} tells this moment apart from the
 * same type's earlier ones (the birthday's year, the month of a spend drop, a ticket id), so that
 * (subscriber, type, occurrence) is unique and detection can run again without finding it twice.
 */
public record Detected(String type, String occurrence, String detailZh, String detailEn) {

    public String detail(boolean english) {
        return english ? detailEn : detailZh;
    }
}
