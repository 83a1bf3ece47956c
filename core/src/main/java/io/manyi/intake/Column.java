package io.manyi.intake;

/**
 * One CSV column of a kind: its type, whether it may be empty (empty means SQL null), the value
 * an empty cell takes instead (or null), and the kind of key it must refer to (or null).
 */
public record Column(String name, ColumnType type, boolean required, String defaultValue, Reference reference) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true, null, null);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, null, null);
    }

    Column refersTo(Reference target) {
        return new Column(name, type, required, defaultValue, target);
    }

    Column defaultingTo(String value) {
        return new Column(name, type, false, value, reference);
    }
}
