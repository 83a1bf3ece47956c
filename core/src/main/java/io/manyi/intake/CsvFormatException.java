package io.manyi.intake;

/** The file is not CSV we can read any further (e.g. a quote that never closes). */
public final class CsvFormatException extends RuntimeException {

    private final long line;

    public CsvFormatException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
