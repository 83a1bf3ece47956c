package io.manyi.complaints;

/** How bad a complaint is; a complaint to the regulator is at least HIGH. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
