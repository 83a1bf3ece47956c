package io.manyi.commands;

import io.manyi.platform.cli.DataDirOption;
import io.manyi.platform.cli.ApplicationContexts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the web workbench and the API on an existing database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web workbench and API on the database in --data-dir (or MANYI_DB_URL).")
public final class ServeCommand implements Runnable {

    private static volatile boolean serving;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    /** True once a web server runs, so that main() leaves the JVM to it instead of exiting. */
    public static boolean isServing() {
        return serving;
    }

    static void markServing() {
        serving = true;
    }

    @Override
    public void run() {
        ApplicationContexts.web(dataDir.path(), port);
        markServing();
    }
}
