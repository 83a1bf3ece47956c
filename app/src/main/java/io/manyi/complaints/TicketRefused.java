package io.manyi.complaints;

/**
 * A ticket operation the rules refuse: {@code status} is the HTTP answer (400 a malformed request,
 * 404 unknown ticket or subscriber, 409 not in a state that allows it, 422 a request the rules
 * never allow); {@code code} a stable machine-readable reason.
 */
public class TicketRefused extends RuntimeException implements io.manyi.platform.web.Refusal {

    private final int status;
    private final String code;

    public TicketRefused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static TicketRefused notFound(long id) {
        return new TicketRefused(404, "unknown-ticket", "no ticket " + id);
    }

    public static TicketRefused invalid(String message) {
        return new TicketRefused(400, "invalid-ticket", message);
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
