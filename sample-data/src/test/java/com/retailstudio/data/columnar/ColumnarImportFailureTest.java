package com.retailstudio.data.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused, cancelled or failed import names the problem as the strict reader does and leaves no file behind. */
class ColumnarImportFailureTest {

    @TempDir
    Path temp;
    Path source;
    Path datasets;

    @BeforeEach
    void generate() throws IOException {
        source = temp.resolve("csv");
        datasets = temp.resolve("datasets");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(300).withDays(7).withStores(1), source,
                GenerationProgress.NONE);
    }

    @Test
    void aBadRowIsNamedByFileLineAndColumnAndNothingIsLeft() throws IOException {
        Path events = source.resolve("events.csv");
        List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
        String[] fields = lines.get(4).split(",", -1);
        fields[1] = "2026-13-01T00:00:00Z";
        lines.set(4, String.join(",", fields));
        Files.write(events, lines, StandardCharsets.UTF_8);

        DataFormatException refused = assertThrows(DataFormatException.class, () -> ColumnarImport.importFolder(
                source, datasets, () -> "ab".repeat(32), ImportListener.NONE, Clock.systemUTC()));
        assertEquals("events.csv line 5, column timestamp: \"2026-13-01T00:00:00Z\" is not an ISO-8601 UTC timestamp",
                refused.getMessage());
        assertEquals(List.of(), children(datasets));
    }

    @Test
    void aCancelledImportLeavesNothing() {
        long[] seen = new long[1];
        ImportListener cancelDuringEvents = (stage, rows) -> {
            seen[0] = rows;
            if (stage.contains("events")) {
                throw new CancellationException("cancelled");
            }
        };
        assertThrows(CancellationException.class, () -> ColumnarImport.importFolder(source, datasets,
                () -> "ab".repeat(32), cancelDuringEvents, Clock.systemUTC()));
        assertEquals(List.of(), children(datasets));
    }

    @Test
    void aCancelWhileWritingPartitionsLeavesNothing() {
        ImportListener cancelWhileWriting = (stage, rows) -> {
            if (stage.startsWith("Writing")) {
                throw new CancellationException("cancelled");
            }
        };
        assertThrows(CancellationException.class, () -> ColumnarImport.importFolder(source, datasets,
                () -> "ab".repeat(32), cancelWhileWriting, Clock.systemUTC(), 100));
        assertEquals(List.of(), children(datasets));
    }

    @Test
    void whatAKilledImportLeftIsRemovedAndNothingElse() throws IOException {
        Path leftover = Files.createDirectories(datasets.resolve(".importing-parquet-123"));
        Files.writeString(leftover.resolve("stores.parquet"), "half");
        Path kept = Files.createDirectories(datasets.resolve("dataset-1"));
        assertEquals(List.of(leftover), ColumnarImport.removeStaging(datasets));
        assertEquals(List.of(kept), children(datasets));
    }

    private static List<Path> children(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
