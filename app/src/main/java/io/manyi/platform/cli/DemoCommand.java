package io.manyi.platform.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Generates a synthetic province, imports it and serves the workbench with demo accounts. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a synthetic province (once), import it and serve it with demo accounts.")
public final class DemoCommand implements Runnable {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--subscribers", defaultValue = "50000",
            description = "Subscribers in the synthetic province (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Override
    public void run() {
        ApplicationContexts.web(dataDir.path(), port, "demo");
        ServeCommand.markServing();
    }
}
