package io.manyi.complaints;

import io.manyi.platform.db.SqlLiterals;

/**
 * The ticket rules of {@link TicketStatus} as SQL lists, so that no statement retypes them
 * ({@code StatusSetsTest}); other features read {@code ticket_records.is_open} instead.
 */
public final class TicketStatusSql {

    /** The final states: {@code ('CLOSED','REJECTED','CANCELLED')}. */
    public static final String FINAL = SqlLiterals.list(TicketStatus.FINAL);

    private TicketStatusSql() {
    }
}
