package io.manyi.cycle;

/** A cycle that cannot start: no data for the month, a month out of order, another cycle running. */
public class CycleRefused extends RuntimeException {

    public CycleRefused(String message) {
        super(message);
    }
}
