package io.manyi.subscriber;

import org.springframework.security.access.AccessDeniedException;

/** A phone or account manager asked for a subscriber who is not in their book: 403. */
public class SubscriberOutOfScope extends AccessDeniedException {

    public SubscriberOutOfScope() {
        super("This subscriber is not assigned to you.");
    }
}
