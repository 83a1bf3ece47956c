package io.manyi.churn;

/** A monthly scoring run that cannot start (no model, no data for the month). */
public class ChurnRunRefused extends RuntimeException {

    public ChurnRunRefused(String message) {
        super(message);
    }
}
