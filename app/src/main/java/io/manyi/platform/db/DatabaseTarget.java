package io.manyi.platform.db;

import java.nio.file.Path;

/** Where the database is: an external server from the environment, or the embedded one. */
public record DatabaseTarget(String url, String user, String password, EmbeddedPostgresServer embedded)
        implements AutoCloseable {

    public static DatabaseTarget resolve(Path dataDir) {
        String url = System.getenv("MANYI_DB_URL");
        if (url != null && !url.isBlank()) {
            return new DatabaseTarget(url,
                    orDefault(System.getenv("MANYI_DB_USER"), "postgres"),
                    orDefault(System.getenv("MANYI_DB_PASSWORD"), ""),
                    null);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.attachOrStart(dataDir);
        return new DatabaseTarget(server.jdbcUrl(), server.user(), "", server);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
