package io.manyi.intake.internal;

import io.manyi.intake.Kind;
import io.manyi.intake.KindSchema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that loads one kind: COPY straight into its table, or COPY into a staging table and
 * an upsert by primary key that leaves rows alone when nothing in them changed. Column names
 * come from {@link Kind}, never from a file.
 */
record KindTable(Kind kind, List<String> columns, List<String> key, List<String> rest) {

    static final String STAGING = "intake_staging";
    static final String LINE = "intake_line";

    static KindTable of(Kind kind) {
        List<String> key = KindSchema.of(kind).key();
        List<String> rest = kind.columns().stream().filter(c -> !key.contains(c)).toList();
        return new KindTable(kind, kind.columns(), key, rest);
    }

    String table() {
        return kind.table();
    }

    String copyIntoTable() {
        return "copy " + table() + " (" + String.join(", ", columns) + ") from stdin";
    }

    String createStaging() {
        return "create temp table " + STAGING + " on commit drop as select " + String.join(", ", columns)
                + ", 0::bigint as " + LINE + " from " + table() + " with no data";
    }

    String copyIntoStaging() {
        return "copy " + STAGING + " (" + String.join(", ", columns) + ", " + LINE + ") from stdin";
    }

    String upsert() {
        String columnList = String.join(", ", columns);
        String insert = "insert into " + table() + " as target (" + columnList + ") select " + columnList
                + " from " + STAGING + " on conflict (" + String.join(", ", key) + ") do ";
        if (rest.isEmpty()) {
            return insert + "nothing";
        }
        return insert + "update set " + rest.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "))
                + " where (" + rest.stream().map(c -> "target." + c).collect(Collectors.joining(", "))
                + ") is distinct from (" + rest.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ")) + ")";
    }

    String isEmpty() {
        return "select not exists (select 1 from " + table() + ")";
    }

    /** One parameter per key column, typed by the server. */
    String keyExists() {
        return "select exists (select 1 from " + table() + " where "
                + key.stream().map(c -> c + " = ?").collect(Collectors.joining(" and ")) + ")";
    }

    /** Each key the staging table holds more than once: the key as text and its lines, in order. */
    String duplicates() {
        String keyList = String.join(", ", key);
        return "select concat_ws(', ', " + key.stream().map(c -> c + "::text").collect(Collectors.joining(", "))
                + "), string_agg(" + LINE + "::text, ',' order by " + LINE + ") from " + STAGING
                + " group by " + keyList + " having count(*) > 1 order by min(" + LINE + ")";
    }

    /** Keeps the first row of each key in the staging table. */
    String dropLaterDuplicates() {
        return "delete from " + STAGING + " later using " + STAGING + " earlier where "
                + key.stream().map(c -> "later." + c + " = earlier." + c).collect(Collectors.joining(" and "))
                + " and later." + LINE + " > earlier." + LINE;
    }
}
