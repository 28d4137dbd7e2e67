package com.retailstudio.data.generate;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterminismTest {

    private static final GeneratorConfig CONFIG = GeneratorConfig.defaults().withCustomers(800).withDays(21)
            .withProducts(60).withStores(2);

    @TempDir
    Path temp;

    @Test
    void sameConfigGivesByteIdenticalFolders() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        DataGenerator.generate(CONFIG, a, GenerationProgress.NONE);
        DataGenerator.generate(CONFIG, b, GenerationProgress.NONE);
        assertFoldersIdentical(a, b);
    }

    @Test
    void spillingEventsToManySortedRunsGivesTheSameBytesAsSortingInMemory() throws IOException {
        Path inMemory = temp.resolve("in-memory");
        Path spilled = temp.resolve("spilled");
        DataGenerator.generate(CONFIG, inMemory, GenerationProgress.NONE);
        // a tiny run size forces many run files and the k-way merge
        DataGenerator.generate(CONFIG, spilled, GenerationProgress.NONE, 500, DataGenerator.MAX_FAN_IN);
        assertFoldersIdentical(inMemory, spilled);
    }

    @Test
    void mergingRunsInSeveralPassesGivesTheSameBytesAsOneMerge() throws IOException {
        Path onePass = temp.resolve("one-pass");
        Path manyPasses = temp.resolve("many-passes");
        // many customers in two days give many events in the same second, whose order the merge must keep
        GeneratorConfig dense = CONFIG.withCustomers(20_000).withDays(1);
        DataGenerator.generate(dense, onePass, GenerationProgress.NONE, 300, DataGenerator.MAX_FAN_IN);
        // a fan-in of three makes runs merge in groups, several times over
        DataGenerator.generate(dense, manyPasses, GenerationProgress.NONE, 300, 3);
        assertFoldersIdentical(onePass, manyPasses);
    }

    @Test
    void differentSeedGivesDifferentFilesOfTheSameShape() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        DataGenerator.generate(CONFIG, a, GenerationProgress.NONE);
        DataGenerator.generate(CONFIG.withSeed(43), b, GenerationProgress.NONE);
        for (String file : List.of(DataSetFiles.CUSTOMERS, DataSetFiles.EVENTS, DataSetFiles.PRODUCTS,
                DataSetFiles.SALES_WEEKLY, DataSetFiles.BASKETS, DataSetFiles.FOOT_TRAFFIC, DataSetFiles.TRUTH)) {
            assertFalse(Arrays.equals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file))),
                    file + " should differ between seeds");
        }
        assertEquals(CsvTable.read(a.resolve(DataSetFiles.CUSTOMERS)).rows().size(),
                CsvTable.read(b.resolve(DataSetFiles.CUSTOMERS)).rows().size());
    }

    @Test
    void addingCustomersKeepsProductsStoresSalesAndTheFirstCustomersUnchanged() throws IOException {
        Path small = temp.resolve("small");
        Path large = temp.resolve("large");
        DataGenerator.generate(CONFIG, small, GenerationProgress.NONE);
        DataGenerator.generate(CONFIG.withCustomers(1_600), large, GenerationProgress.NONE);
        for (String file : List.of(DataSetFiles.PRODUCTS, DataSetFiles.STORES, DataSetFiles.ZONES,
                DataSetFiles.SALES_WEEKLY)) {
            assertArrayEquals(Files.readAllBytes(small.resolve(file)), Files.readAllBytes(large.resolve(file)), file);
        }
        List<String> smallCustomers = Files.readAllLines(small.resolve(DataSetFiles.CUSTOMERS));
        List<String> largeCustomers = Files.readAllLines(large.resolve(DataSetFiles.CUSTOMERS));
        assertEquals(smallCustomers, largeCustomers.subList(0, smallCustomers.size()));
        List<String> smallConsents = Files.readAllLines(small.resolve(DataSetFiles.CONSENTS));
        assertEquals(smallConsents,
                Files.readAllLines(large.resolve(DataSetFiles.CONSENTS)).subList(0, smallConsents.size()));
    }

    private static void assertFoldersIdentical(Path a, Path b) throws IOException {
        List<String> namesA = names(a);
        assertEquals(namesA, names(b));
        assertEquals(10, namesA.size());
        for (String name : namesA) {
            byte[] bytesA = Files.readAllBytes(a.resolve(name));
            assertTrue(bytesA.length > 0, name);
            assertArrayEquals(bytesA, Files.readAllBytes(b.resolve(name)), name + " differs");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
