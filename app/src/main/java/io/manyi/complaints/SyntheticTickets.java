package io.manyi.complaints;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets a bench invents as history, written by the complaints feature (issue 13): closed tickets,
 * set-based, with no steps, timers or events (nothing is left to handle).
 */
@Component
public class SyntheticTickets {

    private final JdbcClient jdbc;

    public SyntheticTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds closed tickets: {@code rows} is a SELECT yielding {@code msisdn, channel, category, severity,
     * description, opened_at, closed_at, sla_minutes, sla_breached_at, created_by} (named parameters
     * {@code params}); each ticket's status changed, and it was last updated, when it closed. Returns
     * the tickets added.
     */
    public int recordClosed(String rows, Map<String, ?> params) {
        return jdbc.sql("""
                insert into tickets (msisdn, channel, category, severity, status, description, opened_at, status_changed_at,
                                     last_update, closed_at, sla_minutes, sla_breached_at, created_by)
                select r.msisdn, r.channel, r.category, r.severity, 'CLOSED', r.description, r.opened_at, r.closed_at,
                       r.closed_at, r.closed_at, r.sla_minutes, r.sla_breached_at, r.created_by
                from (""" + rows + """
                ) r(msisdn, channel, category, severity, description, opened_at, closed_at, sla_minutes, sla_breached_at,
                    created_by)
                """).params(params).update();
    }
}
