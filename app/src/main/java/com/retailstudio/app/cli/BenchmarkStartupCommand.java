package com.retailstudio.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** Measures process start to the first frame of the main window, over several runs on an existing workspace. */
@Command(name = "benchmark-startup",
        description = "Measure the time from process start to the main window's first frame, and print it.",
        mixinStandardHelpOptions = true)
final class BenchmarkStartupCommand implements Callable<Integer> {

    static final String FIRST_FRAME_PREFIX = "first-frame-at-ms=";

    @Spec
    private CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOptions workspace;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs after one warm-up run (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--headless", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Render on the headless Monocle platform instead of the display (default: ${DEFAULT-VALUE}).")
    private boolean headless;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new CommandFailure("--runs must be at least 1, not " + runs + ".");
        }
        // A named workspace (e.g. a team workspace, its password in PGPASSWORD), else a new folder.
        String workspace = this.workspace.location().isPresent()
                ? this.workspace.location().get().describe()
                : Files.createTempDirectory("retail-studio-startup").toString();
        List<Long> millis = new ArrayList<>();
        // The first run creates the workspace; the target is for starts on an existing one.
        launchOnce(workspace);
        for (int run = 0; run < runs; run++) {
            millis.add(launchOnce(workspace));
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        long median = sorted[sorted.length / 2];
        spec.commandLine().getOut().printf(Locale.ROOT,
                "startup: process start to first frame, %d runs on an existing workspace %s (%s)%n"
                        + "  runs (ms): %s%n  median: %d ms   best: %d ms   worst: %d ms%n",
                runs, workspace, headless ? "headless Monocle, software rendering" : "display " + System.getenv("DISPLAY"),
                millis, median, sorted[0], sorted[sorted.length - 1]);
        return 0;
    }

    private long launchOnce(String workspace) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String javaOptions = System.getenv("RETAIL_STUDIO_JAVA_OPTS");
        if (javaOptions != null && !javaOptions.isBlank()) {
            command.addAll(Arrays.asList(javaOptions.trim().split("\\s+")));
        }
        if (headless) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.retailstudio.app.Main",
                "--workspace", workspace, "--close-after-first-frame"));
        long started = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Long firstFrameAt = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(FIRST_FRAME_PREFIX)) {
                    firstFrameAt = Long.parseLong(line.substring(FIRST_FRAME_PREFIX.length()).trim());
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || firstFrameAt == null) {
            throw new CommandFailure("The application did not show a frame (exit code " + exit + "): "
                    + output.toString().strip());
        }
        return firstFrameAt - started;
    }
}
