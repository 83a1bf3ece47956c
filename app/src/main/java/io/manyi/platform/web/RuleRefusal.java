package io.manyi.platform.web;

/**
 * Something a feature's rules refuse, carrying its HTTP answer: {@code status} (404, 409, 422,
 * ...) and {@code code}, a stable machine-readable reason such as {@code insufficient-points}.
 * Features extend it with their own type and factory methods.
 */
public class RuleRefusal extends RuntimeException implements Refusal {

    private final int status;
    private final String code;

    public RuleRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
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
