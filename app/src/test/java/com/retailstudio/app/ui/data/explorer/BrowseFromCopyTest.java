package com.retailstudio.app.ui.data.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.dataset.ColumnarCopies;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Browse shows the same table from the imported columnar copy as from the CSV files, and says where it read it. */
@Tag("slow") // imports the sample, reads every file whole twice; fast: DataSetReadsTest
class BrowseFromCopyTest {

    @TempDir
    static Path temp;
    static Path csv;
    static Path datasets;

    @BeforeAll
    static void importTheSample() throws Exception {
        csv = Files.createDirectories(temp.resolve("sample"));
        BundledSample.extractTo(csv);
        datasets = temp.resolve("datasets");
        ColumnarCopies.importFolder(csv, datasets, (stage, rows) -> { }, Clock.systemUTC());
    }

    private static BrowseViewModel browse(List<Path> copiesAskedFor, boolean withCopies) {
        return new BrowseViewModel(() -> csv, folder -> {
            copiesAskedFor.add(folder);
            return withCopies ? ColumnarCopies.find(datasets, folder) : Optional.<ColumnarDataSet>empty();
        }, BrowseViewModel.WHOLE_FILE_BYTES, new ExplorerWork(new CurrentThreadTaskExecutor()));
    }

    @Test
    void everyFileShowsTheSameRowsFromTheCopyAsFromTheCsv() {
        List<Path> asked = new ArrayList<>();
        BrowseViewModel fromCsv = browse(asked, false);
        BrowseViewModel fromCopy = browse(asked, true);

        for (DataFile file : DataFile.values()) {
            fromCsv.fileProperty().set(file);
            fromCopy.fileProperty().set(file);

            Table shownFromCsv = fromCsv.wholeProperty().get();
            Table shownFromCopy = fromCopy.wholeProperty().get();
            assertNotNull(shownFromCsv, file + " from the CSV: " + fromCsv.messageProperty().get());
            assertNotNull(shownFromCopy, file + " from the copy: " + fromCopy.messageProperty().get());
            assertEquals(shownFromCsv.print(Integer.MAX_VALUE), shownFromCopy.print(Integer.MAX_VALUE), file.name());
            assertTrue(fromCopy.messageProperty().get().contains(" rows from the imported copy"),
                    fromCopy.messageProperty().get());
            assertTrue(!fromCsv.messageProperty().get().contains("copy"), fromCsv.messageProperty().get());
            assertNull(fromCopy.pagedProperty().get());
        }
        assertEquals(List.of(csv), asked.stream().distinct().toList());
    }

    @Test
    void aFolderWhoseFilesChangedSinceTheImportIsReadFromItsCsv() throws Exception {
        Path changed = Files.createDirectories(temp.resolve("changed"));
        BundledSample.extractTo(changed);
        List<String> stores = new ArrayList<>(Files.readAllLines(changed.resolve("stores.csv")));
        String[] first = stores.get(1).split(",", -1);
        first[2] = first[2] + " Central";
        stores.set(1, String.join(",", first));
        Files.write(changed.resolve("stores.csv"), stores);
        BrowseViewModel browse = new BrowseViewModel(() -> changed, folder -> ColumnarCopies.find(datasets, folder),
                BrowseViewModel.WHOLE_FILE_BYTES, new ExplorerWork(new CurrentThreadTaskExecutor()));

        browse.fileProperty().set(DataFile.STORES);

        assertNotNull(browse.wholeProperty().get(), browse.messageProperty().get());
        assertEquals(first[2], browse.wholeProperty().get().getString(0, "city"));
        assertTrue(!browse.messageProperty().get().contains("copy"), browse.messageProperty().get());
    }
}
