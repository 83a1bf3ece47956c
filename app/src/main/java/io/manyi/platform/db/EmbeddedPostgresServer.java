package io.manyi.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that keeps its data in {@code <data-dir>/pg}.
 *
 * <p>One data directory has at most one postmaster. A process that finds one already running
 * there (a server started by {@code ./manyi demo}, say) connects to it instead of starting a
 * second; only the process that started the postmaster stops it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final int port;
    private final EmbeddedPostgres owned; // null when attached to another process's postmaster

    private EmbeddedPostgresServer(int port, EmbeddedPostgres owned) {
        this.port = port;
        this.owned = owned;
    }

    public static EmbeddedPostgresServer attachOrStart(Path dataDir) {
        Path pgDir = dataDir.toAbsolutePath().normalize().resolve("pg");
        Optional<Integer> running = runningPort(pgDir);
        if (running.isPresent()) {
            log.info("Using the PostgreSQL already running on {} (port {})", pgDir, running.get());
            return new EmbeddedPostgresServer(running.get(), null);
        }
        try {
            Files.createDirectories(pgDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            log.info("Started embedded PostgreSQL on {} (port {})", pgDir, pg.getPort());
            return new EmbeddedPostgresServer(pg.getPort(), pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgDir, e);
        }
    }

    /** The port of a live postmaster in {@code pgDir}, read from its postmaster.pid. */
    static Optional<Integer> runningPort(Path pgDir) {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && accepts(port) ? Optional.of(port) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    public boolean ownsPostmaster() {
        return owned != null;
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL cleanly", e);
            }
        }
    }
}
