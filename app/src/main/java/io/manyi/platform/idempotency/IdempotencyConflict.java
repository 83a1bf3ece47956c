package io.manyi.platform.idempotency;

/** A key reused with a different body (422) or while its first request still runs (409). */
public class IdempotencyConflict extends RuntimeException {

    private final int status;

    public IdempotencyConflict(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
