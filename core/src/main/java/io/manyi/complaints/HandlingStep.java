package io.manyi.complaints;

/** The six steps of complaint handling, in order. */
public enum HandlingStep {
    LISTEN, EMPATHISE, ANALYSE_CAUSE, PROPOSE_REMEDY, GET_AGREEMENT, EXECUTE_AND_FOLLOW_UP
}
