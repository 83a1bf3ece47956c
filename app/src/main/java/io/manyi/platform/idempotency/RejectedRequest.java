package io.manyi.platform.idempotency;

/**
 * Thrown by an idempotent action whose answer is a refusal (e.g. 409: the points do not
 * suffice): its work is rolled back, and the refusal is stored as the key's answer, so a replay
 * gets the same refusal rather than a second try.
 */
public class RejectedRequest extends RuntimeException {

    private final transient StoredResponse response;

    public RejectedRequest(StoredResponse response) {
        super("rejected with " + response.status());
        this.response = response;
    }

    public StoredResponse response() {
        return response;
    }
}
