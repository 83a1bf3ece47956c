package io.manyi.intake;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Facts a bench or a demo invents, written into the imported facts' tables by the feature that owns
 * them (issue 13): set-based, so that a bench fills a million subscribers in seconds. Not an import:
 * no validation, no entry in {@code imports} and no audit entry (the rows are nobody's export).
 */
@Component
public class SyntheticFacts {

    private final JdbcClient jdbc;

    public SyntheticFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the rows of {@code kind}: {@code rows} is a SELECT yielding the kind's columns in their
     * order ({@link Kind#columns()}, as in its CSV file), with named parameters {@code params}; a row
     * whose key is there already is skipped. Returns the rows added.
     */
    public int insert(Kind kind, String rows, Map<String, ?> params) {
        return jdbc.sql("insert into " + kind.table() + " (" + String.join(", ", kind.columns()) + ")\n" + rows
                + "\non conflict do nothing").params(params).update();
    }

    /** As above, with no parameters. */
    public int insert(Kind kind, String rows) {
        return insert(kind, rows, Map.of());
    }
}
