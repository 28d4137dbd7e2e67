package com.retailstudio.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./retail-studio} launcher script on a checkout laid out like the built one
 * ({@code app/target/retail-studio.jar} and its {@code lib/}), with a stand-in application in the jar so that a test
 * costs a few JVM starts instead of a build and a rendered window. A {@code java} on the PATH that logs each call
 * shows which JVMs the launcher started.
 */
@Tag("slow")
class RetailStudioLauncherTest {

    private static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("retail-studio");
    private static final Path REAL_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path temp;

    private Path javaCalls;
    private Path bin;

    @BeforeEach
    void loggingJava() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        bin = Files.createDirectories(temp.resolve("bin"));
        javaCalls = temp.resolve("java-calls.log");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + javaCalls + "'\nexec '" + REAL_JAVA + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void anArchiveRecordedForAnotherFolderIsRecordedAgainAndANormalStartChecksNothing() throws Exception {
        Path first = checkout(temp.resolve("first"));
        Path archive = first.resolve("app/target/retail-studio.jsa");

        Run start = launch(first, Map.of());
        assertEquals(0, start.exit(), start.err());
        assertTrue(start.out().contains("stand-in  | shelf in aisle 4"), start.out());
        assertTrue(Files.isRegularFile(archive), "the first start records the archive");
        assertTrue(Files.isRegularFile(first.resolve("app/target/retail-studio.jsa.recorded-for")));
        assertTrue(jvmMapsArchive(first), "the JVM maps the archive it was recorded for");
        assertEquals(1, calls("-XX:ArchiveClassesAtExit"));

        // A normal start compares the fingerprint with stat only: the one JVM started is the application.
        int before = calls("");
        Run again = launch(first, Map.of());
        assertEquals(0, again.exit(), again.err());
        assertEquals(before + 1, calls(""), "only the application's JVM");
        assertEquals("", again.err());

        // The checkout copied elsewhere: same files, another folder and fresh modification times.
        Path second = temp.resolve("moved/elsewhere/second");
        copyTree(first, second);
        byte[] oldArchive = Files.readAllBytes(second.resolve("app/target/retail-studio.jsa"));
        assertFalse(jvmMapsArchive(second), "JDK 17 silently drops an archive recorded for another folder");

        Run moved = launch(second, Map.of());
        assertEquals(0, moved.exit(), moved.err());
        assertTrue(moved.err().contains("recording it again"), moved.err());
        assertEquals(2, calls("-XX:ArchiveClassesAtExit"));
        assertTrue(jvmMapsArchive(second), "the archive is recorded again for the new folder");
        assertNotEquals(List.of(oldArchive), List.of(Files.readAllBytes(second.resolve("app/target/retail-studio.jsa"))));

        before = calls("");
        assertEquals(0, launch(second, Map.of()).exit());
        assertEquals(before + 1, calls(""), "and the next start uses it without checking again");
    }

    @Test
    void batchJobsGetTheThroughputCollectorAndTheirJitWhileTheDesktopKeepsItsFastStartFlags() throws Exception {
        Path checkout = checkout(temp.resolve("checkout"));

        String desktop = launch(checkout, Map.of(), "--workspace", "simulate").out();
        assertTrue(desktop.contains("Copy") && desktop.contains("MarkSweepCompact"), desktop);
        assertTrue(desktop.contains("-XX:TieredStopAtLevel=1"), desktop);

        List<String> shortJobs = List.of("plan-markdowns", "layout-report");
        for (String job : List.of("simulate", "plan-markdowns", "layout-report", "generate-data", "data-quality",
                "validate", "export")) {
            String batch = launch(checkout, Map.of(), "--workspace", "W", job, "--data", "D").out();
            assertTrue(batch.contains("stand-in --workspace W " + job + " --data D"), batch);
            assertTrue(batch.contains("PS Scavenge") && batch.contains("PS MarkSweep"), batch);
            // jobs of a few seconds run on the quick JIT tier alone; the long ones get C2
            assertEquals(shortJobs.contains(job), batch.contains("-XX:TieredStopAtLevel=1"), job + ": " + batch);
            assertTrue(batch.contains("-XX:MaxRAMPercentage=75"), batch);
            assertTrue(batch.contains("-XX:SharedArchiveFile="), "batch jobs map the archive too: " + batch);
        }

        // -Xshare:on turns an archive the JVM does not map into a failed start: batch jobs map it too.
        Run shared = launch(checkout, Map.of("RETAIL_STUDIO_JAVA_OPTS", "-Xshare:on"), "simulate");
        assertEquals(0, shared.exit(), shared.err());
        assertTrue(shared.out().contains("PS Scavenge"), shared.out());

        // RETAIL_STUDIO_JAVA_OPTS still decides: its collector replaces the launcher's, its heap limit wins.
        String chosen = launch(checkout, Map.of("RETAIL_STUDIO_JAVA_OPTS", "-XX:+UseG1GC -Xmx96m"), "simulate").out();
        assertTrue(chosen.contains("G1 Young Generation"), chosen);
        assertTrue(chosen.contains("maxHeapMiB=96"), chosen);
        String desktopChosen = launch(checkout, Map.of("RETAIL_STUDIO_JAVA_OPTS", "-XX:+UseParallelGC")).out();
        assertTrue(desktopChosen.contains("PS Scavenge"), desktopChosen);
    }

    /** A checkout as the launcher sees it after a build, with the stand-in application as the jar. */
    @Test
    void simulateWithTheSparkEngineIsHandedToTheSparkRunnerAndNoDesktopJvmStarts() throws Exception {
        Path checkout = checkout(temp.resolve("spark"));
        Path runner = checkout.resolve("retail-studio-spark");
        Files.writeString(runner, "#!/bin/sh\necho \"spark runner: $*\"\n");
        Files.setPosixFilePermissions(runner, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run spark = launch(checkout, Map.of(), "simulate", "--journey", "template:winback", "--engine", "spark",
                "--master", "local[2]");
        assertEquals(0, spark.exit(), spark.err());
        assertEquals("spark runner: simulate --journey template:winback --engine spark --master local[2]\n",
                spark.out());
        Run equals = launch(checkout, Map.of(), "simulate", "--engine=spark");
        assertEquals("spark runner: simulate --engine=spark\n", equals.out());
        assertEquals(0, calls(""), "no JVM of the desktop application");

        Run desktop = launch(checkout, Map.of(), "simulate", "--engine", "desktop");
        assertTrue(desktop.out().startsWith("stand-in simulate --engine desktop"), desktop.out());
    }

    private Path checkout(Path root) throws IOException {
        Path target = Files.createDirectories(root.resolve("app/target/lib"));
        Files.copy(LAUNCHER, root.resolve("retail-studio"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherStandIn.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/stand-in-shelf.jar");
        writeJar(target.getParent().resolve("retail-studio.jar"), manifest, LauncherStandIn.class);
        writeJar(target.resolve("stand-in-shelf.jar"), new Manifest(), StandInShelf.class);
        return root;
    }

    private static void writeJar(Path jar, Manifest manifest, Class<?> type) throws IOException {
        String entry = type.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = manifest.getMainAttributes().isEmpty()
                     ? new JarOutputStream(file) : new JarOutputStream(file, manifest);
             InputStream bytes = type.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy); // no COPY_ATTRIBUTES: a copy gets its own modification times
                }
            }
        }
        Files.setPosixFilePermissions(to.resolve("retail-studio"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The JVM's own verdict: with -Xshare:on an archive it refuses stops the start. */
    private boolean jvmMapsArchive(Path checkout) throws Exception {
        Path target = checkout.resolve("app/target");
        return run(List.of(REAL_JAVA.toString(), "-Xshare:on", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedArchiveFile=" + target.resolve("retail-studio.jsa"),
                "-jar", target.resolve("retail-studio.jar").toString()), Map.of()).exit() == 0;
    }

    @Test
    void withoutGtkTheDesktopIsRefusedNamingThePackageAndASubcommandStillRuns() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the GTK check is for Linux");
        Path checkout = checkout(temp.resolve("no-gtk"));
        Map<String, String> noGtk = Map.of("RETAIL_STUDIO_GTK_LIBRARY", "libgtk-3-missing.so.0");

        Run desktop = launch(checkout, noGtk, "--workspace", "W");

        assertEquals(1, desktop.exit());
        assertEquals("retail-studio: the desktop application needs GTK 3, which this machine lacks; install it with "
                + "'sudo apt-get install libgtk-3-0' (Fedora: 'sudo dnf install gtk3'), or run a subcommand (see "
                + "--help).", desktop.err().strip());
        assertEquals(0, calls(""), "no JVM is started for a desktop that cannot open");
        List<String> readmeStart = Files.readAllLines(LAUNCHER.resolveSibling("README.md")).subList(0, 10);
        assertTrue(readmeStart.stream().anyMatch(line -> line.contains("apt-get install libgtk-3-0")),
                "the README's first lines name the package the launcher names");
        Run job = launch(checkout, noGtk, "simulate");
        assertEquals(0, job.exit(), job.err());
        assertTrue(job.out().contains("stand-in"), job.out());
    }

    private Run launch(Path checkout, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", checkout.resolve("retail-studio").toString()));
        command.addAll(List.of(arguments));
        return run(command, environment);
    }

    private Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().remove("RETAIL_STUDIO_JAVA_OPTS");
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        // the stand-in application needs no GTK: the desktop check looks for a library every Linux has
        builder.environment().put("RETAIL_STUDIO_GTK_LIBRARY", "libc.so.6");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** How many JVMs the launcher started whose arguments contain the text. */
    private int calls(String text) throws IOException {
        if (!Files.exists(javaCalls)) {
            return 0;
        }
        return (int) Files.readAllLines(javaCalls).stream().filter(line -> line.contains(text)).count();
    }

    private record Run(int exit, String out, String err) {
    }
}
