package com.retailstudio.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.data.io.DataFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CsvPagesTest {

    @Test
    void pagesCoverEveryRowOnceInFileOrder(@TempDir Path folder) throws Exception {
        SampleCsv.extract(folder);
        List<String> lines = Files.readAllLines(folder.resolve("events.csv"));

        CsvPages pages = CsvPages.index(folder, DataFile.EVENTS, 1_000, share -> { }, () -> false);

        assertEquals(lines.size() - 1, pages.rows());
        assertEquals((lines.size() - 1 + 999) / 1_000, pages.pages());
        Table third = pages.page(3);
        assertEquals(1_000, third.rowCount());
        assertEquals(lines.get(3 * 1_000 + 1).split(",")[0], third.getString(0, "event_id"));
        assertEquals(lines.get(4 * 1_000).split(",")[0], third.getString(999, "event_id"));
        Table last = pages.page(pages.pages() - 1);
        assertEquals((lines.size() - 1) % 1_000 == 0 ? 1_000 : (lines.size() - 1) % 1_000, last.rowCount());
        assertEquals(lines.get(lines.size() - 1).split(",")[0], last.getString(last.rowCount() - 1, "event_id"));
        assertEquals("INSTANT", third.column("timestamp").type().name(), "typed by the contract");
    }

    @Test
    void indexingStopsWhenCancelled(@TempDir Path folder) throws Exception {
        SampleCsv.extract(folder);

        assertThrows(CancellationException.class,
                () -> CsvPages.index(folder, DataFile.EVENTS, 1_000, share -> { }, () -> true));
    }
}
