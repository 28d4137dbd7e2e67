package com.retailstudio.data.columnar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import writes the same bytes on one thread as on several, and a cancel on any thread leaves nothing. */
class ColumnarImportThreadsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    Path source;

    @BeforeEach
    void generate() throws IOException {
        source = temp.resolve("csv");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(700).withDays(14).withStores(2), source,
                GenerationProgress.NONE);
    }

    @Test
    void oneThreadAndSeveralWriteTheSameFiles() throws IOException {
        Path single = importWith(1).folder();
        Path several = importWith(3).folder();

        List<Path> files = files(single);
        assertEquals(files, files(several));
        // 700 customers in partitions of 100: seven consent and seven event files, written by different threads
        assertEquals(7, files.stream().filter(f -> f.startsWith("events")).count());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(single.resolve(file)), Files.readAllBytes(several.resolve(file)),
                    file::toString);
        }
    }

    @Test
    void aCancelWhileSeveralThreadsWriteLeavesNothing() {
        Path datasets = temp.resolve("cancelled");
        ImportListener cancelWhileWriting = (stage, rows) -> {
            if (stage.startsWith("Writing")) {
                throw new CancellationException("cancelled");
            }
        };
        assertThrows(CancellationException.class, () -> ColumnarImport.importFolder(source, datasets,
                () -> "cd".repeat(32), cancelWhileWriting, CLOCK, 100, 3));
        assertEquals(List.of(), files(datasets));
    }

    @Test
    void aFailureOnAHelperThreadIsTheImportsFailureAndLeavesNothing() throws IOException {
        // the first customer's partition is the first one taken, by a helper thread while this one reads baskets
        String firstCustomer = Files.readAllLines(source.resolve("customers.csv")).get(1).split(",")[0];
        Path events = source.resolve("events.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(events, StandardCharsets.UTF_8));
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            if (fields[2].equals(firstCustomer)) {
                fields[1] = fields[1].replace("Z", ".000000001Z");
                lines.set(i, String.join(",", fields));
                break;
            }
        }
        Files.write(events, lines, StandardCharsets.UTF_8);
        Path datasets = temp.resolve("failed");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                ColumnarImport.importFolder(source, datasets, () -> "ef".repeat(32), ImportListener.NONE, CLOCK, 100, 3));
        assertTrue(refused.getMessage().contains("has digits below the microsecond"), refused.getMessage());
        assertEquals(List.of(), files(datasets));
    }

    private ColumnarDataSet importWith(int threads) throws IOException {
        return ColumnarImport.importFolder(source, temp.resolve("threads-" + threads), () -> "ab".repeat(32),
                ImportListener.NONE, CLOCK, 100, threads);
    }

    /** Every file under {@code folder}, relative to it, sorted. */
    private static List<Path> files(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
