package com.retailstudio.simulator.cli;

import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A finished run handed from the process that ran it ({@code retail-studio-spark simulate --run-file}) to the desktop
 * that shows it: the merged results, the fitted model and the run's figures, in Java serialization (both sides are
 * the same build's classes; the results and the model already travel so between Spark's tasks and driver). The
 * simulator that ran is not kept: its customers stayed with Spark.
 */
public final class RunFile {

    /** The parts of a {@link SimulationRun} that travel. */
    private record Stored(SimulationResults results, ResponseModel model, long customers, long events,
            long loadMillis, long fitMillis, long compileMillis, long simulateMillis, long peakHeapBytes,
            int partitions, int threads) implements Serializable {
    }

    private RunFile() {
    }

    /** Writes the run; the file appears whole (written beside it first, then renamed) or not at all. */
    public static void write(Path file, SimulationRun run) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial);
                ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new Stored(run.results(), run.model(), run.customers(), run.events(), run.loadMillis(),
                    run.fitMillis(), run.compileMillis(), run.simulateMillis(), run.peakHeapBytes(), run.partitions(),
                    run.threads()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a run written by {@link #write}; its {@link SimulationRun#simulator()} is null. */
    public static SimulationRun read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            Stored s = (Stored) objects.readObject();
            return new SimulationRun(s.results(), s.model(), s.customers(), s.events(), s.loadMillis(),
                    s.fitMillis(), s.compileMillis(), s.simulateMillis(), s.peakHeapBytes(), s.partitions(),
                    s.threads(), null);
        } catch (InvalidClassException e) {
            throw new IOException("the run was written by another build of Retail Studio than this one ("
                    + e.getMessage() + "); rebuild both", e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + " is no run written by Retail Studio: " + e.getMessage(), e);
        }
    }
}
