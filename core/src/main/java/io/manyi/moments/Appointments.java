package io.manyi.moments;

import java.time.Instant;

/**
 * The seeds' appointment counts (已处理预约数 / 已到时预约数 / 未到时预约数): a call-back that was
 * kept is processed; one whose time has come is due; one still ahead is not yet due.
 */
public record Appointments(long processed, long due, long notDue) {

    public enum Kind { PROCESSED, DUE, NOT_DUE }

    /** Which count an appointment at {@code callbackAt} belongs to at {@code now}. */
    public static Kind classify(Instant callbackAt, boolean kept, Instant now) {
        if (kept) {
            return Kind.PROCESSED;
        }
        return callbackAt.isAfter(now) ? Kind.NOT_DUE : Kind.DUE;
    }
}
