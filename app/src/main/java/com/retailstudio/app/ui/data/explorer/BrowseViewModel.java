package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.ContractTables;
import com.retailstudio.app.explore.CsvPages;
import com.retailstudio.app.explore.PagedTable;
import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import tech.tablesaw.api.Table;

/**
 * The Browse tab: one file of the data set as a table. A file up to {@link #wholeFileBytes} is read whole into a
 * Tablesaw table (sortable, filterable per column); a larger one is paged from the CSV, in file order.
 */
public final class BrowseViewModel {

    /** Files up to this size are read whole: a few hundred thousand rows, sorted and filtered in memory. */
    public static final long WHOLE_FILE_BYTES = 64L << 20;

    private final Supplier<Path> folder;
    private final long wholeFileBytes;
    private final ExplorerWork work;
    private final ObjectProperty<DataFile> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<Table> whole = new ReadOnlyObjectWrapper<>(this, "whole");
    private final ReadOnlyObjectWrapper<PagedTable> paged = new ReadOnlyObjectWrapper<>(this, "paged");

    BrowseViewModel(Supplier<Path> folder, long wholeFileBytes, ExplorerWork work) {
        this.folder = folder;
        this.wholeFileBytes = wholeFileBytes;
        this.work = work;
        file.addListener((observable, before, now) -> open());
    }

    public ObjectProperty<DataFile> fileProperty() {
        return file;
    }

    /** The file read whole, or null while it is paged or not read. */
    public ReadOnlyObjectProperty<Table> wholeProperty() {
        return whole.getReadOnlyProperty();
    }

    /** The file paged from the CSV, or null while it is read whole or not read. */
    public ReadOnlyObjectProperty<PagedTable> pagedProperty() {
        return paged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    /** Reads the chosen file again, as when the data set changed. */
    public void open() {
        DataFile chosen = file.get();
        Path dataFolder = folder.get();
        whole.set(null);
        paged.set(null);
        if (chosen == null || dataFolder == null) {
            return;
        }
        Path csv = dataFolder.resolve(chosen.fileName());
        if (sizeOf(csv) <= wholeFileBytes) {
            work.run("Reading " + chosen.fileName(), progress -> ContractTables.read(dataFolder, chosen), table -> {
                whole.set(table);
                work.say(String.format("%s · %,d rows · sort by a column's header, filter from its menu",
                        chosen.fileName(), table.rowCount()));
            });
        } else {
            work.run("Indexing " + chosen.fileName(), progress -> new PagedTable(CsvPages.index(dataFolder, chosen,
                    CsvPages.DEFAULT_PAGE_ROWS, share -> progress.update(share, "Indexing " + chosen.fileName()),
                    progress::isCancelled)), table -> {
                paged.set(table);
                work.say(String.format("%s · %,d rows, read page by page in file order (too large to sort or "
                        + "filter here: use Pivot, or look up a customer)", chosen.fileName(), table.rows()));
            });
        }
    }

    private static long sizeOf(Path csv) {
        try {
            return Files.size(csv);
        } catch (IOException e) {
            return 0;
        }
    }
}
