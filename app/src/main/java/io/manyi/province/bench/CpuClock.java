package io.manyi.province.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * CPU seconds used so far by this JVM and by the local PostgreSQL (its postmaster, the children
 * it has reaped and the ones still running), read from /proc: what shows whether the import's
 * parsing ran beside PostgreSQL's loading or had to wait for a core.
 */
final class CpuClock {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long postmasterPid;

    private CpuClock(long postmasterPid) {
        this.postmasterPid = postmasterPid;
    }

    /** For the embedded PostgreSQL of {@code pgDir}; without /proc or a pid file the PostgreSQL figure is NaN. */
    static CpuClock of(Path pgDir) {
        try {
            List<String> lines = Files.readAllLines(pgDir.resolve("postmaster.pid"));
            return new CpuClock(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return new CpuClock(-1);
        }
    }

    record Reading(double javaSeconds, double postgresSeconds, long nanos) {
        Reading since(Reading start) {
            return new Reading(javaSeconds - start.javaSeconds, postgresSeconds - start.postgresSeconds, nanos - start.nanos);
        }

        double wallSeconds() {
            return nanos / 1e9;
        }

        @Override
        public String toString() {
            return String.format("wall %.2f s, Java CPU %.2f s, PostgreSQL CPU %.2f s", wallSeconds(), javaSeconds, postgresSeconds);
        }
    }

    Reading read() {
        double java = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new Reading(java, postgresSeconds(), System.nanoTime());
    }

    private double postgresSeconds() {
        if (postmasterPid < 0) {
            return Double.NaN;
        }
        OptionalLong own = ticks(postmasterPid, true);
        if (own.isEmpty()) {
            return Double.NaN;
        }
        long total = own.getAsLong();
        for (ProcessHandle child : ProcessHandle.of(postmasterPid).map(p -> p.children().toList()).orElse(List.of())) {
            total += ticks(child.pid(), false).orElse(0);
        }
        return total / TICKS_PER_SECOND;
    }

    /** utime + stime (and with {@code reaped}, cutime + cstime) of a process from /proc/PID/stat. */
    private static OptionalLong ticks(long pid, boolean reaped) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); utime is field 14, stime 15, cutime 16, cstime 17
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (reaped) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return OptionalLong.of(ticks);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
