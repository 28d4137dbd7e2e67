package com.retailstudio.data.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledSampleTest {

    @TempDir
    Path temp;

    @Test
    void bundledSampleIsOnTheClassPathAfterTheBuild() {
        assertTrue(BundledSample.isAvailable(), "run the build through process-classes to generate it");
    }

    @Test
    void extractCopiesTheNineCsvFilesAndTruthIntoTheFolder() throws IOException {
        List<Path> written = BundledSample.extractTo(temp.resolve("sample"));
        assertEquals(List.of("customers.csv", "consents.csv", "events.csv", "products.csv", "stores.csv", "zones.csv",
                "sales_weekly.csv", "baskets.csv", "foot_traffic.csv", "truth.json"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : written) {
            assertTrue(Files.size(p) > 0, p.toString());
        }
        assertEquals(3_001, Files.readAllLines(temp.resolve("sample/customers.csv")).size());
    }

    @Test
    void bundledSampleIsExactlyWhatTheGeneratorWritesForItsConfigAndStaysSmall() throws IOException {
        List<Path> bundled = BundledSample.extractTo(temp.resolve("bundled"));
        Path fresh = temp.resolve("fresh");
        DataGenerator.generate(BundledSample.CONFIG, fresh, GenerationProgress.NONE);
        long total = 0;
        for (Path p : bundled) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(p.getFileName())), Files.readAllBytes(p),
                    p.getFileName().toString());
            total += Files.size(p);
        }
        assertTrue(total < 12_000_000, "bundled sample bytes: " + total);
    }
}
