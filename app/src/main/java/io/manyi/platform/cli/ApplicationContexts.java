package io.manyi.platform.cli;

import io.manyi.ManyiApplication;
import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a command: with the web server, or without it for batch work. */
public final class ApplicationContexts {

    private ApplicationContexts() {
    }

    /** The application without a web server, quiet on the console: for import, status and such. */
    public static ConfigurableApplicationContext batch(Path dataDir) {
        return new SpringApplicationBuilder(ManyiApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--manyi.data-dir=" + dataDir,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=ERROR",
                        "--logging.level.io.manyi=WARN",
                        // A failure is reported once, in one line, by the command (Manyi.reportFailure).
                        "--logging.level.org.springframework.boot.SpringApplication=OFF");
    }

    /** The web application on {@code port}; {@code profiles} such as "demo" switch features on. */
    public static ConfigurableApplicationContext web(Path dataDir, int port, String... profiles) {
        // Passed as arguments, not default properties, so that they win over application.properties.
        return new SpringApplicationBuilder(ManyiApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles(profiles)
                .run("--manyi.data-dir=" + dataDir, "--server.port=" + port);
    }
}
