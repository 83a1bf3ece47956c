package io.manyi.satisfaction;

import io.manyi.platform.web.RuleRefusal;

/**
 * A survey, reply or callback operation the rules refuse: {@code status} is the HTTP answer (400 a
 * malformed request, 404 unknown callback, 409 not in a state that allows it); {@code code} a
 * stable machine-readable reason.
 */
public class SurveyRefused extends RuleRefusal {

    public SurveyRefused(int status, String code, String message) {
        super(status, code, message);
    }

    public static SurveyRefused invalid(String message) {
        return new SurveyRefused(400, "invalid-request", message);
    }
}
