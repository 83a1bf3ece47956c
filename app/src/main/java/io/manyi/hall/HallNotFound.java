package io.manyi.hall;

/** No hall with that id. */
public class HallNotFound extends RuntimeException {
    public HallNotFound(String hallId) {
        super("No hall " + hallId);
    }
}
