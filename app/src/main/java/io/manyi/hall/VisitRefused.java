package io.manyi.hall;

import io.manyi.platform.web.RuleRefusal;

/** A visit the rules refuse (422 {@code bad-visit}): times out of order, a clerk of another hall, a bad number. */
public class VisitRefused extends RuleRefusal {

    public VisitRefused(String message) {
        super(422, "bad-visit", message);
    }
}
