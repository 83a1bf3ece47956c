package io.manyi.cycle;

/**
 * Which parts of a cycle run. {@link #FULL} is the monthly job. A catch-up over months of history
 * (the demo, a go-live with a year of imported data) runs them {@link #HISTORY}: star levels and
 * points without telling anyone, no churn scoring, no moments and no tasks about months long gone.
 *
 * @param tell    star changes and points notices go out (texts and events)
 * @param churn   the churn step runs (scores and warnings)
 * @param moments events become moments, the month's moments are detected and dispatched
 */
public record CycleOptions(boolean tell, boolean churn, boolean moments) {

    public static final CycleOptions FULL = new CycleOptions(true, true, true);
    public static final CycleOptions HISTORY = new CycleOptions(false, false, false);
    /** History whose churn risk is scored (the demo keeps the last months' trend). */
    public static final CycleOptions HISTORY_SCORED = new CycleOptions(false, true, false);

    public boolean quiet() {
        return !tell;
    }
}
