package io.manyi.commands;

import io.manyi.platform.cli.DataDirOption;
import io.manyi.platform.cli.ApplicationContexts;

import io.manyi.platform.status.TableCounts;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the row count of every kind of data; the last line is one JSON object for tools. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print the row count of each kind of data. The last line is a JSON object.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
            Map<String, Long> counts = context.getBean(TableCounts.class).counts();
            counts.forEach((kind, rows) -> System.out.printf("%-20s %,d%n", kind, rows));
            System.out.println(TableCounts.toJson(counts));
            return 0;
        }
    }
}
