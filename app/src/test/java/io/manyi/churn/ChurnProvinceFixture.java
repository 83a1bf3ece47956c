package io.manyi.churn;

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
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small generated province (2,000 subscribers, 13 months to 2026-10) imported once per test
 * JVM run of a class, and a province model trained on it with the oracle from its truth files.
 */
final class ChurnProvinceFixture {

    static final ProvinceSpec SPEC = new ProvinceSpec(2_000, YearMonth.of(2026, 10), 13, 4242);
    static final YearMonth LAST = SPEC.lastMonth();
    private static Path dir;

    private ChurnProvinceFixture() {
    }

    static synchronized Path province() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("manyi-churn-province-");
                ProvinceCsvWriter.write(SPEC, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Truncates, imports the province and trains the model, unless that is what the database holds already. */
    static void load(JdbcClient jdbc, ImportService imports, ProvinceTraining training) {
        boolean loaded = jdbc.sql("select count(*) from subscribers").query(Long.class).single() == SPEC.subscribers()
                && jdbc.sql("select count(*) from churn_models where is_current").query(Long.class).single() == 1
                && jdbc.sql("select count(*) from usage_monthly where month = date '2025-10-01'").query(Long.class).single() > 0;
        if (loaded) {
            return;
        }
        TestDatabase.truncateAll(jdbc);
        List<ImportResult> results = imports.importAll(province(), ImportOptions.by("test"), r -> { });
        if (results.stream().anyMatch(r -> r.status() != ImportResult.Status.IMPORTED)) {
            throw new IllegalStateException("the test province did not import: " + results);
        }
        training.train(province());
    }
}
