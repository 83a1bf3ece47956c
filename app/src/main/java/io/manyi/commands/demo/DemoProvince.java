package io.manyi.commands.demo;

import io.manyi.province.ProvinceCsvWriter;
import io.manyi.province.ProvinceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;

/**
 * The demo's synthetic province: 13 months ending with the last complete month before today,
 * a fixed seed, written once under {@code <data-dir>/province/} and reused on later starts.
 */
public final class DemoProvince {

    public static final int MONTHS = 13;
    public static final long SEED = 10086;

    private DemoProvince() {
    }

    public static ProvinceSpec spec(int subscribers, Clock clock) {
        return new ProvinceSpec(subscribers, YearMonth.now(clock).minusMonths(1), MONTHS, SEED);
    }

    /** The directory holding the province of {@code spec}, generating it first if needed. */
    public static Path ensure(Path dataDir, ProvinceSpec spec, PrintStream out) throws IOException {
        Path dir = dataDir.resolve("province")
                .resolve(spec.subscribers() + "-" + spec.lastMonth() + "-" + spec.months() + "m-seed" + spec.seed());
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
        deleteTree(partial);
        out.printf("Generating a synthetic province: %,d subscribers, %d months to %s ...%n",
                spec.subscribers(), spec.months(), spec.lastMonth());
        ProvinceCsvWriter.write(spec, partial);
        // Renamed only when complete, so that an interrupted demo generates again instead of
        // importing half a province.
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        return dir;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
