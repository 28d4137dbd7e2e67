package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.ColumnarTables;
import com.retailstudio.app.explore.ContractTables;
import com.retailstudio.app.explore.CsvPages;
import com.retailstudio.app.explore.PagedTable;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import tech.tablesaw.api.Table;

/**
 * The Browse tab: one file of the data set as a table. When the data set has an imported columnar copy whose files
 * match, a file of up to {@link #WHOLE_COPY_ROWS} rows is read whole from the copy; otherwise a file up to
 * {@code wholeFileBytes} is read whole from its CSV. Read whole, it is a Tablesaw table (sortable, filterable per
 * column); a larger file is paged from the CSV, in file order.
 */
public final class BrowseViewModel {

    /** Files up to this size are read whole: a few hundred thousand rows, sorted and filtered in memory. */
    public static final long WHOLE_FILE_BYTES = 64L << 20;

    /**
     * Rows up to which a file is read whole from the columnar copy: a million rows of a dozen columns is a few hundred
     * MB as Tablesaw columns; beyond it (events at a million customers) paging the CSV holds only a few pages.
     */
    public static final long WHOLE_COPY_ROWS = 1_000_000;

    private final Supplier<Path> folder;
    private final Function<Path, Optional<ColumnarDataSet>> copies;
    private final long wholeFileBytes;
    private final ExplorerWork work;
    private final ObjectProperty<DataFile> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<Table> whole = new ReadOnlyObjectWrapper<>(this, "whole");
    private final ReadOnlyObjectWrapper<PagedTable> paged = new ReadOnlyObjectWrapper<>(this, "paged");

    /** @param copies finds the imported columnar copy of a data-set folder, if it has one that matches its files */
    BrowseViewModel(Supplier<Path> folder, Function<Path, Optional<ColumnarDataSet>> copies, long wholeFileBytes,
                    ExplorerWork work) {
        this.folder = folder;
        this.copies = copies;
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
        work.run("Reading " + chosen.fileName(), progress -> {
            Optional<ColumnarDataSet> copy = copies.apply(dataFolder)
                    .filter(found -> found.manifest().rows(ContractTables.shortName(chosen)) <= WHOLE_COPY_ROWS);
            if (copy.isPresent()) {
                return new Browsed(ColumnarTables.read(copy.get(), chosen), null, " from the imported copy");
            }
            if (sizeOf(csv) <= wholeFileBytes) {
                return new Browsed(ContractTables.read(dataFolder, chosen), null, "");
            }
            progress.update(0, "Indexing " + chosen.fileName());
            return new Browsed(null, new PagedTable(CsvPages.index(dataFolder, chosen, CsvPages.DEFAULT_PAGE_ROWS,
                    share -> progress.update(share, "Indexing " + chosen.fileName()), progress::isCancelled)), "");
        }, browsed -> {
            if (browsed.whole() != null) {
                whole.set(browsed.whole());
                work.say(String.format("%s · %,d rows%s · sort by a column's header, filter from its menu",
                        chosen.fileName(), browsed.whole().rowCount(), browsed.source()));
            } else {
                paged.set(browsed.paged());
                work.say(String.format("%s · %,d rows, read page by page in file order (too large to sort or "
                        + "filter here: use Pivot, or look up a customer)", chosen.fileName(), browsed.paged().rows()));
            }
        });
    }

    private static long sizeOf(Path csv) {
        try {
            return Files.size(csv);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A file read whole (with where from, for the message) or paged. */
    private record Browsed(Table whole, PagedTable paged, String source) {
    }
}
