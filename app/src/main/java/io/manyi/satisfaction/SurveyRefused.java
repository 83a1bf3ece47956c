package io.manyi.satisfaction;

/**
 * A survey, reply or callback operation the rules refuse: {@code status} is the HTTP answer (400 a
 * malformed request, 404 unknown callback, 409 not in a state that allows it); {@code code} a
 * stable machine-readable reason.
 */
public class SurveyRefused extends RuntimeException implements io.manyi.platform.web.Refusal {

    private final int status;
    private final String code;

    public SurveyRefused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static SurveyRefused invalid(String message) {
        return new SurveyRefused(400, "invalid-request", message);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String code() {
        return code;
    }
}
