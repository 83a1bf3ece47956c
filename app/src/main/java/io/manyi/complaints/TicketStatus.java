package io.manyi.complaints;

import java.util.Set;

/**
 * A ticket's state. The SLA clock pauses while WAITING_CUSTOMER; CLOSED, REJECTED and
 * CANCELLED are final. TMF621's status values map one to one (see {@link #tmf()}).
 */
public enum TicketStatus {
    OPEN("acknowledged"), IN_PROGRESS("inProgress"), WAITING_CUSTOMER("pending"), HELD("held"),
    RESOLVED("resolved"), CLOSED("closed"), REJECTED("rejected"), CANCELLED("cancelled");

    public static final Set<TicketStatus> FINAL = Set.of(CLOSED, REJECTED, CANCELLED);

    private final String tmf;

    TicketStatus(String tmf) {
        this.tmf = tmf;
    }

    public String tmf() {
        return tmf;
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public static TicketStatus fromTmf(String value) {
        for (TicketStatus status : values()) {
            if (status.tmf.equals(value)) {
                return status;
            }
        }
        throw new TicketRefused(400, "unknown-status", "unknown status " + value);
    }
}
