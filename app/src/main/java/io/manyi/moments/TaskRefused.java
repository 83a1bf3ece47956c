package io.manyi.moments;

/** A task action the rules refuse, with the HTTP status and a stable code for the API. */
public class TaskRefused extends RuntimeException {

    private final int status;
    private final String code;

    public TaskRefused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
