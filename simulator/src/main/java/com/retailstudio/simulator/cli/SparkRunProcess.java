package com.retailstudio.simulator.cli;

import com.retailstudio.data.columnar.ColumnarImport;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * A simulation run on Apache Spark, started from the desktop as a process of its own ({@code retail-studio-spark
 * simulate}), so that no Spark jar is ever on the desktop's class path. The process prints {@link ProgressLine}s, which
 * are handed on as they come; it writes the finished run to a {@link RunFile}, which is read back. Cancelling kills
 * the process and everything it started, and the run's scratch folder (journey, report, run file) is deleted whatever
 * happens, so nothing half-written stays behind.
 */
public final class SparkRunProcess {

    /** The Spark runner's entry point (module simulator-spark). */
    static final String MAIN_CLASS = "com.retailstudio.simulator.spark.SparkSimulateCommand";
    /** The script beside the checkout's {@code retail-studio}; the system property names it when set. */
    public static final String LAUNCHER_SCRIPT = "retail-studio-spark";
    public static final String LAUNCHER_PROPERTY = "retailstudio.spark.launcher";
    private static final long STOP_WAIT_SECONDS = 10;

    /** What the desktop is told while the process runs. */
    public interface Progress {
        void update(ProgressLine line);

        boolean cancelled();
    }

    /** The command that starts the Spark runner, before its {@code simulate} and options. */
    public record Launcher(List<String> command) {
        public Launcher {
            command = List.copyOf(command);
        }

        /**
         * The {@code retail-studio-spark} script: the one the system property {@value #LAUNCHER_PROPERTY} names (the
         * {@code retail-studio} launcher sets it), else the first found in a folder above the jar or classes folder
         * this class was loaded from (the checkout it was built in). Empty when there is none.
         */
        public static Optional<Launcher> find() {
            String named = System.getProperty(LAUNCHER_PROPERTY);
            if (named != null && !named.isBlank()) {
                return Optional.of(new Launcher(List.of(named)));
            }
            try {
                Path here = Path.of(SparkRunProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                for (Path folder = here.getParent(); folder != null; folder = folder.getParent()) {
                    Path script = folder.resolve(LAUNCHER_SCRIPT);
                    if (Files.isExecutable(script)) {
                        return Optional.of(new Launcher(List.of(script.toString())));
                    }
                }
            } catch (URISyntaxException | SecurityException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }

        /** This JVM's {@code java} on a class path that holds the Spark runner and Spark, with the given options. */
        public static Launcher java(String classPath, List<String> jvmOptions) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath, MAIN_CLASS));
            return new Launcher(command);
        }
    }

    private SparkRunProcess() {
    }

    /**
     * Runs {@code journey} over the data set in {@code data} (a CSV folder or a columnar copy) on {@code master}.
     *
     * @throws CancellationException when {@code progress} said so: the process tree is gone, nothing is left
     * @throws IOException           when the process could not start, failed (the message is its own), or left no run
     */
    public static SimulationRun run(Launcher launcher, String master, Path data, Journey journey,
            SimulationSettings settings, int partitions, Progress progress) throws IOException {
        Path work = Files.createTempDirectory("retail-studio-spark-run");
        try {
            Path journeyFile = work.resolve("journey.json");
            JourneyJson.write(journey, journeyFile);
            Path runFile = work.resolve("run.bin");
            Path errors = work.resolve("stderr.log");
            List<String> command = new ArrayList<>(launcher.command());
            command.addAll(arguments(master, data, journeyFile, settings, partitions, work.resolve("report.json"),
                    runFile));
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            Thread reader = new Thread(() -> readProgress(process, progress), "spark-run-progress");
            reader.setDaemon(true);
            reader.start();
            try {
                while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    if (progress.cancelled()) {
                        throw new CancellationException("the Spark run was cancelled");
                    }
                }
                reader.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(process);
                throw new CancellationException("the Spark run was cancelled");
            } catch (CancellationException e) {
                stop(process);
                throw e;
            }
            if (process.exitValue() != 0) {
                throw new IOException(failure(errors, process.exitValue()));
            }
            return RunFile.read(runFile);
        } finally {
            ColumnarImport.deleteTree(work);
        }
    }

    /** The runner's options for the settings; every setting the command line has is passed. */
    static List<String> arguments(String master, Path data, Path journeyFile, SimulationSettings settings,
            int partitions, Path report, Path runFile) {
        List<String> arguments = new ArrayList<>(List.of("simulate", "--master", master, "--journey",
                journeyFile.toString(), "--data", data.toString(), "--partitions", Integer.toString(partitions),
                "--seed", Long.toString(settings.seed()), "--trace-first", Integer.toString(settings.traceFirst()),
                "--examples", Integer.toString(settings.tracesPerReasons()),
                "--quiet-hours", settings.quietHours().name().toLowerCase(Locale.ROOT),
                "--capped", settings.capped().name().toLowerCase(Locale.ROOT),
                "--report", report.toString(), "--run-file", runFile.toString(), "--progress"));
        settings.traceCustomers().stream().sorted().forEach(id -> arguments.addAll(List.of("--trace", id)));
        return arguments;
    }

    private static void readProgress(Process process, Progress progress) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                ProgressLine.parse(line).ifPresent(progress::update);
            }
        } catch (IOException closedByStop) {
            // the process was stopped: there is no more progress to read
        }
    }

    /** Kills the process and what it started (a build, a JVM the script started), and waits until they are gone. */
    private static void stop(Process process) {
        List<ProcessHandle> started = process.descendants().toList();
        process.destroyForcibly();
        started.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            for (ProcessHandle child : started) {
                child.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception stillGoing) {
            // a child that outlives the wait was told to die already; the scratch folder is deleted regardless
        }
    }

    /** The runner's own sentence when it gave one ("retail-studio-spark: …"), else its last line of output. */
    static String failure(Path errors, int exit) throws IOException {
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        String said = lines.stream().filter(line -> line.startsWith(LAUNCHER_SCRIPT + ":")).reduce((a, b) -> b)
                .map(line -> line.substring(LAUNCHER_SCRIPT.length() + 1).strip())
                .orElse(lines.isEmpty() ? "no message" : lines.get(lines.size() - 1).strip());
        return "The Spark run failed (exit " + exit + "): " + said;
    }
}
