package io.manyi.intake.cli;

import io.manyi.intake.ImportProgress;
import java.io.PrintStream;

/**
 * Rows so far and rows per second on stderr, once a file has taken more than two seconds: on
 * one line rewritten in place on a terminal, a line every ten seconds otherwise (logs, pipes).
 */
final class ConsoleProgress implements ImportProgress {

    private static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private String fileName = "";
    private long started;
    private long lastPrinted;
    private boolean printed;

    /**
     * Whether the console is a terminal. From Java 22 {@code System.console()} is there even when
     * redirected and {@code Console.isTerminal()} tells; on 21 a console means a terminal.
     */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void starting(String name) {
        fileName = name;
        started = System.nanoTime();
        lastPrinted = started;
        printed = false;
    }

    @Override
    public void rowsRead(long rows) {
        long now = System.nanoTime();
        long every = terminal ? 500_000_000L : 10_000_000_000L;
        if (now - started < QUIET_NANOS || now - lastPrinted < every) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - started) / 1e9;
        String text = String.format("  %s: %,d rows, %,.0f rows/s", fileName, rows, rows / seconds);
        if (terminal) {
            err.print("\r" + text + "   ");
        } else {
            err.println(text);
        }
        err.flush();
        printed = true;
    }

    @Override
    public void finished() {
        if (printed && terminal) {
            err.println();
        }
        printed = false;
    }
}
