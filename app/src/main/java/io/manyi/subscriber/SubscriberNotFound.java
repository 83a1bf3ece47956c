package io.manyi.subscriber;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No subscriber has this number (or the reference is not ours). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SubscriberNotFound extends RuntimeException {

    public SubscriberNotFound(String what) {
        super("No subscriber " + what);
    }
}
