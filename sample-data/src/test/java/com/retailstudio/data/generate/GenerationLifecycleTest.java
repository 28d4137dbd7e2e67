package com.retailstudio.data.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerationLifecycleTest {

    private static final GeneratorConfig SMALL = GeneratorConfig.defaults().withCustomers(300).withDays(14)
            .withProducts(40).withStores(2);

    @TempDir
    Path temp;

    @Test
    void cancelledBeforeStartingLeavesNoOutputFolderAndNoPartialSibling() throws IOException {
        Path out = temp.resolve("data");
        GenerationProgress cancelAtOnce = new GenerationProgress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(GenerationCancelledException.class, () -> DataGenerator.generate(SMALL, out, cancelAtOnce));
        assertFalse(Files.exists(out));
        assertEquals(List.of(), list(temp));
    }

    @Test
    void cancelledHalfwayThroughEventsLeavesNoOutputFolderAndNoPartialSibling() throws IOException {
        Path out = temp.resolve("data");
        List<Double> seen = new ArrayList<>();
        GenerationProgress cancelHalfway = new GenerationProgress() {
            @Override
            public void update(double fraction, String message) {
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return seen.stream().anyMatch(f -> f > 0.3);
            }
        };
        GeneratorConfig config = SMALL.withCustomers(20_000);
        assertThrows(GenerationCancelledException.class, () -> DataGenerator.generate(config, out, cancelHalfway));
        assertFalse(Files.exists(out));
        assertEquals(List.of(), list(temp));
    }

    @Test
    void failureHalfwayLeavesNoOutputFolderAndNoPartialSiblingAndReportsTheCause() throws IOException {
        Path out = temp.resolve("data");
        GenerationProgress failing = (fraction, message) -> {
            if (fraction > 0.3) {
                throw new IllegalStateException("disk full, say");
            }
        };
        GeneratorConfig config = SMALL.withCustomers(20_000);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DataGenerator.generate(config, out, failing));
        assertEquals("disk full, say", e.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), list(temp));
    }

    @Test
    void progressRunsFromZeroToOneWithoutGoingBack() throws IOException {
        List<Double> fractions = new ArrayList<>();
        DataGenerator.generate(SMALL, temp.resolve("data"), (fraction, message) -> fractions.add(fraction));
        assertEquals(0.0, fractions.get(0));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back at step " + i);
        }
    }

    @Test
    void finishedRunLeavesOnlyTheDataSetFolderWithTheNineFilesAndTruth() throws IOException {
        Path out = temp.resolve("data");
        GenerationReport report = DataGenerator.generate(SMALL, out, GenerationProgress.NONE);
        assertEquals(List.of(out), list(temp));
        List<String> expected = new ArrayList<>(DataSetFiles.CSV_FILES);
        expected.add(DataSetFiles.TRUTH);
        assertEquals(expected.stream().sorted().toList(),
                list(out).stream().map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(300, report.rows(DataSetFiles.CUSTOMERS));
        assertEquals(1800, report.rows(DataSetFiles.CONSENTS));
    }

    @Test
    void existingNonEmptyOutputFolderIsRefusedAndLeftUntouched() throws IOException {
        Path out = Files.createDirectories(temp.resolve("data"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataGenerator.generate(SMALL, out, GenerationProgress.NONE));
        assertTrue(e.getMessage().startsWith("Output folder already exists and is not empty"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
        assertEquals(List.of(out), list(temp));
    }

    @Test
    void existingEmptyOutputFolderIsFilled() throws IOException {
        Path out = Files.createDirectories(temp.resolve("data"));
        DataGenerator.generate(SMALL, out, GenerationProgress.NONE);
        assertTrue(Files.exists(out.resolve(DataSetFiles.EVENTS)));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
