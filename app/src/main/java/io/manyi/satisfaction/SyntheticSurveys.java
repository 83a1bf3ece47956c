package io.manyi.satisfaction;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Surveys and callbacks a demo or a bench invents as history, written by the satisfaction feature
 * (issue 13): set-based, no text messages, no events. Idempotent by the rows' dedup keys, like the
 * live path, so a second run adds nothing and a live survey never collides with a made-up one.
 */
@Component
public class SyntheticSurveys {

    private final JdbcClient jdbc;

    public SyntheticSurveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds surveys: {@code rows} is a SELECT yielding {@code msisdn, touchpoint, ticket_id, task_id,
     * hall_id, clerk, dimensions, status, sent_at, answered_at, score, dimension_scores, dedup_key}
     * (named parameters {@code params}). Returns the surveys added.
     */
    public int surveys(String rows, Map<String, ?> params) {
        return jdbc.sql("""
                insert into surveys (msisdn, touchpoint, ticket_id, task_id, hall_id, clerk, dimensions, status, sent_at,
                                     answered_at, score, dimension_scores, dedup_key)
                """ + rows + """

                on conflict (dedup_key) do nothing
                """).params(params).update();
    }

    /**
     * Adds callback records: {@code rows} is a SELECT yielding {@code reason, msisdn, ticket_id,
     * survey_id, status, due_at, created_at, done_at, done_by, outcome, indicator, dedup_key} (named
     * parameters {@code params}). Returns the records added.
     */
    public int callbacks(String rows, Map<String, ?> params) {
        return jdbc.sql("""
                insert into callback_tasks (reason, msisdn, ticket_id, survey_id, status, due_at, created_at, done_at,
                                            done_by, outcome, indicator, dedup_key)
                """ + rows + """

                on conflict (dedup_key) do nothing
                """).params(params).update();
    }
}
