package com.retailstudio.data.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace's CSV copy with its columnar copy beside it is loaded from the Parquet files while it is unchanged. */
class ColumnarBesideTest {

    @Test
    void theLoaderReadsTheCopyBesideAnUnchangedFolderAndTheCsvOtherwise(@TempDir Path datasets) throws IOException {
        Path csv = datasets.resolve("dataset-1");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(400).withDays(7).withStores(1), csv,
                GenerationProgress.NONE);
        ColumnarDataSet imported = ColumnarImport.importFolder(csv, datasets, () -> "ef".repeat(32),
                ImportListener.NONE, Clock.systemUTC());

        assertEquals(imported.folder(), ImportedCopies.beside(csv).orElseThrow().folder());
        DataSet loaded = DataSetLoader.load(csv);
        DataSet fromCsv = DataSetLoader.loadCsv(csv);
        assertEquals(fromCsv.customers(), loaded.customers());
        assertEquals(fromCsv.weeklySales(), loaded.weeklySales());
        ColumnarRoundTripTest.assertEventsEqual(fromCsv.events(), loaded.events(), true);

        Files.setLastModifiedTime(csv.resolve("customers.csv"), FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));
        assertTrue(ImportedCopies.beside(csv).isEmpty(), "a file touched since the import: the CSV files are read");
    }

    @Test
    void aCopyOfTheFormerVersionWithoutBirthDatesIsImportedAgain(@TempDir Path datasets) throws IOException {
        Path csv = datasets.resolve("dataset-1");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(200).withDays(7).withStores(1), csv,
                GenerationProgress.NONE);
        ColumnarDataSet first = ColumnarImport.importFolder(csv, datasets, () -> "ab".repeat(32),
                ImportListener.NONE, Clock.systemUTC());
        Path manifest = first.folder().resolve(ColumnarManifest.FILE_NAME);
        String current = Files.readString(manifest);
        String former = current.replaceAll("\"formatVersion\"\\s*:\\s*2", "\"formatVersion\": 1");
        assertTrue(!former.equals(current), current);
        Files.writeString(manifest, former);
        assertTrue(ImportedCopies.beside(csv).isEmpty(), "a version 1 copy is not read");

        ColumnarDataSet again = ColumnarImport.importFolder(csv, datasets, () -> "ab".repeat(32),
                ImportListener.NONE, Clock.systemUTC());

        assertEquals(first.folder(), again.folder());
        assertEquals(DataSetLoader.loadCsv(csv).customers(), again.customers());
        assertTrue(again.customers().stream().allMatch(c -> c.birthDate().isPresent()));
    }
}
