package io.manyi.platform.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a body a handler took as text (to hash it for an idempotent write): a failure names the
 * field and what it must be ({@link JsonInputErrors}); a blank body reads as {@code {}}; a JSON
 * {@code null} is refused rather than handed on as a null request.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> T read(JsonMapper json, String body, Class<T> type) {
        T value;
        try {
            value = json.readValue(body == null || body.isBlank() ? "{}" : body, type);
        } catch (RuntimeException e) {
            throw JsonInputErrors.describe(e);
        }
        if (value == null) {
            throw new BadInput("body", InputReason.OBJECT, null);
        }
        return value;
    }
}
