package io.manyi.platform.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by every command that touches the database. */
public final class DataDirOption {

    @Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR",
            description = "Where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE}). "
                    + "Ignored when MANYI_DB_URL names an external server.")
    Path dataDir;

    public Path path() {
        return dataDir.toAbsolutePath().normalize();
    }
}
