package io.manyi.hall;

/** No hall with that id (a page's 404 too). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class HallNotFound extends RuntimeException {
    public HallNotFound(String hallId) {
        super("No hall " + hallId);
    }
}
