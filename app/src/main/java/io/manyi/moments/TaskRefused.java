package io.manyi.moments;

import io.manyi.platform.web.RuleRefusal;

/** A task action the rules refuse, with the HTTP status and a stable code for the API. */
public class TaskRefused extends RuleRefusal {

    public TaskRefused(int status, String code, String message) {
        super(status, code, message);
    }
}
