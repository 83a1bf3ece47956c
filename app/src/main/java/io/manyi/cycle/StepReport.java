package io.manyi.cycle;

/**
 * What one step of a cycle did.
 *
 * @param outcome RAN now, ALREADY_DONE by an earlier run of the month (rows and seconds are that
 *                run's), or SKIPPED because the options leave it out (nothing recorded)
 * @param rows    the step's main count: subscribers assessed, ledger entries, scores, events, moments, new tasks
 * @param note    the rest, in a few words
 */
public record StepReport(CycleStep step, Outcome outcome, long rows, double seconds, String note) {

    public enum Outcome { RAN, ALREADY_DONE, SKIPPED }

    /** {@code tiers  1,000,000 rows  12.3 s  (5,123 level changes, notified)} */
    public String line() {
        String what = switch (outcome) {
            case RAN -> "";
            case ALREADY_DONE -> " already done:";
            case SKIPPED -> " skipped";
        };
        if (outcome == Outcome.SKIPPED) {
            return String.format("%-15s%s%s", step.code(), what, note == null ? "" : " (" + note + ")");
        }
        return String.format("%-15s%s %,12d rows %8.1f s%s", step.code(), what, rows, seconds,
                note == null || note.isBlank() ? "" : "  (" + note + ")");
    }
}
