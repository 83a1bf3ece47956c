package io.manyi.platform.idempotency;

/** An API answer as it is kept for replays: the HTTP status and the JSON body. */
public record StoredResponse(int status, String body) {
}
