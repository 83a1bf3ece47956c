package io.manyi.platform.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * A bench's CPU per operation, split by process: the server JVM, every PostgreSQL process of its
 * cluster and the bench client itself, over the firing phase only (set-up and checks left out).
 * On a machine shared with other work, wall-clock throughput is noise; CPU per operation is what
 * a change reliably lowers. Linux only: reads utime+stime from {@code /proc/<pid>/stat}. A
 * picocli mixin: {@code --server-pid} (the server JVM) and {@code --server-data-dir} (its data
 * directory: the postmaster's pid is in {@code pg/postmaster.pid}); without them only the client
 * is measured.
 */
public final class ServerCpu {

    @Option(names = "--server-pid", description = "The server JVM's pid, to report its CPU per operation.")
    Long serverPid;

    @Option(names = "--server-data-dir",
            description = "The server's data dir, to report its PostgreSQL's CPU per operation (embedded PostgreSQL).")
    Path dataDir;

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    /** CPU seconds of each part at one moment; pids of PostgreSQL processes by pid. */
    public record Reading(double server, Map<Long, Double> postgres, double client) {
    }

    public Reading read() {
        double server = serverPid == null ? 0 : seconds(serverPid);
        Map<Long, Double> postgres = new HashMap<>();
        Long postmaster = postmaster();
        if (postmaster != null) {
            postgres.put(postmaster, seconds(postmaster));
            for (long child : children(postmaster)) {
                postgres.put(child, seconds(child));
            }
        }
        double client = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
        return new Reading(server, postgres, client);
    }

    /** "CPU per operation: ..." between two readings, for {@code operations} operations. */
    public String perOperation(Reading before, Reading after, long operations) {
        double server = after.server() - before.server();
        double postgres = 0;
        for (Map.Entry<Long, Double> process : after.postgres().entrySet()) {
            postgres += process.getValue() - before.postgres().getOrDefault(process.getKey(), 0.0);
        }
        double client = after.client() - before.client();
        long n = Math.max(1, operations);
        StringBuilder line = new StringBuilder("CPU per operation: ");
        if (serverPid != null) {
            line.append(String.format("server %.0f µs, ", 1e6 * server / n));
        }
        if (dataDir != null) {
            line.append(String.format("PostgreSQL %.0f µs, ", 1e6 * postgres / n));
        }
        line.append(String.format("client %.0f µs; total %.0f µs (%,d operations; CPU seconds: server %.2f, PostgreSQL %.2f, client %.2f)",
                1e6 * client / n, 1e6 * (server + postgres + client) / n, operations, server, postgres, client));
        return line.toString();
    }

    private Long postmaster() {
        if (dataDir == null) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
            return Long.parseLong(lines.getFirst().trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("no running PostgreSQL in " + dataDir + "/pg (" + e.getMessage() + ")", e);
        }
    }

    private static List<Long> children(long parent) {
        List<Long> children = new java.util.ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String[] fields = stat(process);
                if (fields != null && Long.parseLong(fields[1]) == parent) {
                    children.add(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return children;
    }

    private static double seconds(long pid) {
        String[] fields = stat(Path.of("/proc", Long.toString(pid)));
        // After the command name: state(0) ppid(1) ... utime(11) stime(12).
        return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** The fields of /proc/<pid>/stat after the command name, or null when the process is gone. */
    private static String[] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
