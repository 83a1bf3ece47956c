package io.manyi.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A known state for the simulation's tests: every table empty but the moment catalog's seed rows. */
final class SmallProvince {

    private SmallProvince() {
    }

    static void emptyDatabase(JdbcClient jdbc) {
        io.manyi.testing.TestDatabase.truncateAll(jdbc);
        try (InputStream in = SmallProvince.class.getResourceAsStream("/db/migration/V10__moments.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            jdbc.sql(sql.substring(sql.indexOf("insert into moment_types"))).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
