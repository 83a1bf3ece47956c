package io.manyi.cycle;

import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportResult;
import io.manyi.intake.ImportService;
import io.manyi.province.ProvinceCsvWriter;
import io.manyi.province.ProvinceSpec;
import io.manyi.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small generated province, 13 months ending with the last complete month (as the demo's), so
 * that the cycle of its last month detects and dispatches for today; and what the tests compare.
 */
final class CycleFixture {

    static final int SUBSCRIBERS = 3_000;
    static final ProvinceSpec SPEC = new ProvinceSpec(SUBSCRIBERS,
            YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1), 13, 777);
    static final YearMonth LAST = SPEC.lastMonth();
    private static Path dir;

    private CycleFixture() {
    }

    static synchronized Path province() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("manyi-cycle-province-");
                ProvinceCsvWriter.write(SPEC, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** An empty database with the province imported (no assessments, ledger, moments or tasks yet). */
    static void load(JdbcClient jdbc, ImportService imports) {
        TestDatabase.truncateAll(jdbc);
        seedCatalog(jdbc);
        List<ImportResult> results = imports.importAll(province(), ImportOptions.by("test"), r -> { });
        if (results.stream().anyMatch(r -> r.status() != ImportResult.Status.IMPORTED)) {
            throw new IllegalStateException("the test province did not import: " + results);
        }
        jdbc.sql("analyze").update();
    }

    /** truncateAll empties the moment catalog too: put the migration's seed rows back. */
    private static void seedCatalog(JdbcClient jdbc) {
        try (var in = CycleFixture.class.getResourceAsStream("/db/migration/V10__moments.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jdbc.sql(sql.substring(sql.indexOf("insert into moment_types"))).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Months of the province before the last, oldest first. */
    static List<YearMonth> history() {
        return java.util.stream.Stream.iterate(SPEC.firstMonth(), m -> m.isBefore(LAST), m -> m.plusMonths(1)).toList();
    }

    /**
     * What a cycle leaves that must not differ between runs: counts and digests of the tasks, the
     * moments and the ledger entries by their natural keys (ids and clock times differ between runs
     * that are otherwise the same: a rolled-back insert uses up sequence values).
     */
    record Outcome(long tasks, long moments, long ledger, String tasksDigest, String momentsDigest, String ledgerDigest) {
    }

    static Outcome outcome(JdbcClient jdbc) {
        return new Outcome(
                count(jdbc, "tasks"), count(jdbc, "moments"), count(jdbc, "points_entries"),
                digest(jdbc, """
                        select md5(coalesce(string_agg(msisdn || '|' || due_on || '|' || coalesce(assignee, '-') || '|' || channel
                                || '|' || status || '|' || type || '|' || priority, ',' order by msisdn, due_on), '')) from tasks"""),
                digest(jdbc, """
                        select md5(coalesce(string_agg(m.msisdn || '|' || m.type || '|' || m.occurrence || '|' || m.status || '|'
                                || m.expected_value || '|' || coalesce(t.msisdn || '@' || t.due_on, '-'),
                                ',' order by m.msisdn, m.type, m.occurrence), ''))
                        from moments m left join tasks t on t.id = m.task_id"""),
                digest(jdbc, """
                        select md5(coalesce(string_agg(idempotency_key || '|' || msisdn || '|' || type || '|' || points,
                                ',' order by idempotency_key), '')) from points_entries"""));
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String digest(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
