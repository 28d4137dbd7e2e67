package com.retailstudio.app.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A child JVM running a test main class on this JVM's class path, whose output lines the test can wait for. */
final class ChildJvm implements AutoCloseable {

    private static final String END_OF_OUTPUT = "\u0000end";

    private final Process process;
    private final Path errorLog;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile IOException readFailure;

    private ChildJvm(Process process, Path errorLog) {
        this.process = process;
        this.errorLog = errorLog;
        Thread pump = new Thread(this::pumpOutput, "child-jvm-stdout-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    static ChildJvm start(Path errorLog, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(errorLog.toFile())
                .start();
        return new ChildJvm(process, errorLog);
    }

    /** Writes a line to the child's standard input. */
    void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    long pid() {
        return process.pid();
    }

    /** The next line the child printed, failing if none comes in time or the child ends first. */
    String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || END_OF_OUTPUT.equals(line)) {
            throw new AssertionError((line == null ? "No output from the child within " + timeout
                    : "The child ended early") + "; its stderr:\n" + errors());
        }
        return line;
    }

    /** Every line the child printed and the test has not taken yet; call after the child has ended. */
    List<String> remainingLines() throws InterruptedException {
        List<String> rest = new ArrayList<>();
        while (true) {
            // Generous: on a loaded machine the reading thread may lag, and a missed line would skew the test.
            String line = lines.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("The output of the ended child " + pid() + " did not close; read so far: "
                        + rest);
            }
            if (END_OF_OUTPUT.equals(line)) {
                if (readFailure != null) {
                    throw new AssertionError("Could not read all the output of the child " + pid(), readFailure);
                }
                return rest;
            }
            rest.add(line);
        }
    }

    /**
     * SIGKILL on Unix: no shutdown hook runs, nothing is flushed or closed.
     *
     * <p>Through the process handle, because {@code Process.destroyForcibly()} also closes this side of the child's
     * standard output, which would lose the lines the child printed just before it died.
     */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("The child " + pid() + " did not die");
        }
    }

    String errors() {
        try {
            return Files.readString(errorLog);
        } catch (IOException e) {
            return "(could not read " + errorLog + ": " + e + ")";
        }
    }

    private void pumpOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            readFailure = e;
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
