package com.retailstudio.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs a command line the way a terminal would and keeps what it printed: each {@link #run} starts with empty output,
 * so {@link #out()} and {@link #err()} hold the last run's text only.
 */
public final class CommandLineHarness {

    /** Executes one command line with the given streams and returns its exit code (a picocli CommandLine, say). */
    @FunctionalInterface
    public interface Launcher {
        int execute(PrintWriter out, PrintWriter err, String... args);
    }

    private final Launcher launcher;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    public CommandLineHarness(Launcher launcher) {
        this.launcher = launcher;
    }

    /** Runs the command with {@code args} and returns its exit code. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return launcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** What the last run printed to standard output. */
    public String out() {
        return out.toString();
    }

    /** What the last run printed to standard error. */
    public String err() {
        return err.toString();
    }
}
