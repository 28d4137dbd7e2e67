package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command on a real standalone cluster (executors in JVMs of their own), when one is named by
 * {@code RETAIL_STUDIO_SPARK_MASTER}: start it with {@code simulator-spark/loopback-cluster.sh start} after
 * {@code package} (its executors' class path is the module's {@code target/lib}). Skipped otherwise.
 */
@Tag("slow")
class LoopbackClusterTest {

    @Test
    void aStandaloneClusterWritesTheDesktopReport(@TempDir Path folder) throws Exception {
        String master = System.getenv("RETAIL_STUDIO_SPARK_MASTER");
        assumeTrue(master != null && master.startsWith("spark://"), "no standalone master named");
        Path data = Files.createDirectory(folder.resolve("data"));
        BundledSample.extractTo(data);
        Path report = folder.resolve("report.json");
        // the executors get this module's classes as a jar, as ./retail-studio-spark gives them its own
        System.setProperty("spark.jars", classesJar(folder.resolve("job.jar")).toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            assertEquals(0, SparkSimulateCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "simulate", "--master", master, "--journey", "template:cart-abandonment", "--data",
                    data.toString(), "--partitions", "4", "--trace-first", "3", "--report", report.toString()),
                    err.toString());
        } finally {
            System.clearProperty("spark.jars");
        }
        Journey journey = JourneyTemplates.load("cart-abandonment").orElseThrow();
        SimulationSettings settings = SimulationSettings.defaults(42).withTrace(Set.of(), 3);
        String desktop = SimulationReportJson.toJson(journey, settings,
                SimulationRun.execute(journey, data, settings, 2, 2));
        assertEquals(SimulationReportJson.findings(desktop), SimulationReportJson.findings(Files.readString(report)));
    }

    private static Path classesJar(Path jar) throws IOException {
        Path classes = Path.of("target/classes");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(classes)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
