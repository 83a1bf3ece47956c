package io.manyi.simulation;

/** The simulation cannot go on as asked (a month already imported from elsewhere, no province found, ...). */
public class SimulationRefused extends RuntimeException {

    public SimulationRefused(String message) {
        super(message);
    }
}
