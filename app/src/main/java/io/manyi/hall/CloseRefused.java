package io.manyi.hall;

import java.util.List;

/** A close or correction that cannot be done, with why and (for a day) the unexplained differences. */
public class CloseRefused extends RuntimeException {

    private final String code;
    private final transient List<Difference> unexplained;
    private final transient Object detail;

    public CloseRefused(String code, String message, List<Difference> unexplained, Object detail) {
        super(message);
        this.code = code;
        this.unexplained = List.copyOf(unexplained);
        this.detail = detail;
    }

    public CloseRefused(String code, String message) {
        this(code, message, List.of(), null);
    }

    /** {@code differences}, {@code previous-day-open}, {@code already-closed}, {@code month-open-days}, ... */
    public String code() {
        return code;
    }

    public List<Difference> unexplained() {
        return unexplained;
    }

    /** The reconciliation (for {@code differences}) or the open days (for {@code month-open-days}). */
    public Object detail() {
        return detail;
    }
}
