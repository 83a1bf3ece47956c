package io.manyi.testing;

import io.manyi.platform.db.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One PostgreSQL per test JVM: the external server of {@code MANYI_DB_URL} when set (CI runs the
 * integration tests once more that way), otherwise an embedded one in a fresh directory that
 * every Spring test context attaches to and that stops when the JVM ends.
 */
public final class TestDatabase {

    private static Path dataDir;

    private TestDatabase() {
    }

    /** The data directory the test contexts use; starts the embedded server on first call. */
    public static synchronized Path dataDir() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-pg-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!usesExternalServer()) {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.attachOrStart(dataDir);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
            }
        }
        return dataDir;
    }

    public static boolean usesExternalServer() {
        String url = System.getenv("MANYI_DB_URL");
        return url != null && !url.isBlank();
    }

    /** Empties every table the migrations made (but Flyway's own), for tests that need a known state. */
    public static void truncateAll(JdbcClient jdbc) {
        String tables = jdbc.sql("""
                        select string_agg(format('%I', tablename), ', ')
                        from pg_tables
                        where schemaname = current_schema() and tablename <> 'flyway_schema_history'
                        """)
                .query(String.class).single();
        jdbc.sql("truncate table " + tables + " restart identity cascade").update();
    }
}
