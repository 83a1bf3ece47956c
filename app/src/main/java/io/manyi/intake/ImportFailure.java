package io.manyi.intake;

/** An import that could not be attempted or could not finish for a reason other than bad rows. */
public class ImportFailure extends RuntimeException {

    public ImportFailure(String message) {
        super(message);
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
