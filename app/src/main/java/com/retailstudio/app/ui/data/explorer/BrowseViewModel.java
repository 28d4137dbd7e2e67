package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.ColumnarTables;
import com.retailstudio.app.explore.ContractTables;
import com.retailstudio.app.explore.CsvPages;
import com.retailstudio.app.explore.PagedTable;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.columnar.ColumnarRows;
import com.retailstudio.data.columnar.RowFilter;
import com.retailstudio.data.columnar.RowOrder;
import com.retailstudio.data.columnar.RowQuery;
import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import tech.tablesaw.api.Table;

/**
 * The Browse tab: one file of the data set as a table. When the data set has an imported columnar copy whose files
 * match, a file of up to {@code wholeCopyRows} rows is read whole from the copy, a larger one is read a window at a
 * time ({@link CopyWindow}: only the pages of the rows on screen), filtered and sorted by a background pass over the
 * columns concerned ({@link RowQuery}). Without a copy, a file up to {@code wholeFileBytes} is read whole from its CSV
 * and a larger one is paged from the CSV, in file order. Read whole, it is a Tablesaw table (sortable, filterable per
 * column with ControlsFX's TableFilter).
 */
public final class BrowseViewModel {

    /** Files up to this size are read whole: a few hundred thousand rows, sorted and filtered in memory. */
    public static final long WHOLE_FILE_BYTES = 64L << 20;

    /**
     * Rows up to which a file is read whole from the columnar copy (a second or so, and ControlsFX's filter menus list
     * every distinct value); beyond it the file is read a window at a time, which shows its first rows at once
     * however large it is (a million customers, 21 million events).
     */
    public static final long WHOLE_COPY_ROWS = 100_000;

    private final Supplier<Path> folder;
    private final Function<Path, Optional<ColumnarDataSet>> copies;
    private final long wholeFileBytes;
    private final long wholeCopyRows;
    private final ExplorerWork work;
    private final ObjectProperty<DataFile> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<Table> whole = new ReadOnlyObjectWrapper<>(this, "whole");
    private final ReadOnlyObjectWrapper<PagedTable> paged = new ReadOnlyObjectWrapper<>(this, "paged");
    private final ReadOnlyObjectWrapper<CopyWindow> windowed = new ReadOnlyObjectWrapper<>(this, "windowed");
    private final ReadOnlyObjectWrapper<RowQuery> query = new ReadOnlyObjectWrapper<>(this, "query", RowQuery.none());
    private ColumnarRows copyRows;
    private long blocksRead;

    /** @param copies finds the imported columnar copy of a data-set folder, if it has one that matches its files */
    BrowseViewModel(Supplier<Path> folder, Function<Path, Optional<ColumnarDataSet>> copies, long wholeFileBytes,
                    ExplorerWork work) {
        this(folder, copies, wholeFileBytes, WHOLE_COPY_ROWS, work);
    }

    /** @param wholeCopyRows files of the copy up to this many rows are read whole, larger ones a window at a time */
    BrowseViewModel(Supplier<Path> folder, Function<Path, Optional<ColumnarDataSet>> copies, long wholeFileBytes,
                    long wholeCopyRows, ExplorerWork work) {
        this.folder = folder;
        this.copies = copies;
        this.wholeFileBytes = wholeFileBytes;
        this.wholeCopyRows = wholeCopyRows;
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

    /** The file read a window at a time from the copy, or null while it is read otherwise. */
    public ReadOnlyObjectProperty<CopyWindow> windowedProperty() {
        return windowed.getReadOnlyProperty();
    }

    /** The filters and sort the windowed rows show (none until one is added). */
    public ReadOnlyObjectProperty<RowQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** The share of the running read, filter or sort done; -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** Stops the filter or sort running; the rows shown stay as they were. */
    public void cancel() {
        work.cancel();
        work.say("Cancelled; the rows shown are as before.");
    }

    /** Adds a filter to the windowed rows (all must pass) and reads the file again in the background. */
    public void addFilter(RowFilter filter) {
        try {
            filter.test(file.get());
        } catch (IllegalArgumentException e) {
            work.say(e.getMessage());
            return;
        }
        List<RowFilter> filters = new ArrayList<>(query.get().filters());
        filters.add(filter);
        apply(new RowQuery(filters, query.get().sort()));
    }

    public void removeFilter(RowFilter filter) {
        List<RowFilter> filters = new ArrayList<>(query.get().filters());
        filters.remove(filter);
        apply(new RowQuery(filters, query.get().sort()));
    }

    /** Sorts the windowed rows by a column, or back to the copy's order when {@code key} is empty. */
    public void sortBy(Optional<RowQuery.SortKey> key) {
        if (!key.equals(query.get().sort())) {
            apply(new RowQuery(query.get().filters(), key));
        }
    }

    /** Blocks of rows read from the copy since the file was opened (a scrolled window reads a few). */
    long blocksRead() {
        return blocksRead;
    }

    private void apply(RowQuery wanted) {
        ColumnarRows rows = copyRows;
        DataFile chosen = file.get();
        if (rows == null || windowed.get() == null) {
            return;
        }
        String doing = wanted.sort().isPresent() && wanted.filters().equals(query.get().filters())
                ? "Sorting " : "Filtering ";
        work.run(doing + chosen.fileName(), progress -> wanted.run(rows,
                        share -> progress.update(share, String.format("%s%s: %.0f%%", doing, chosen.fileName(),
                                share * 100)), progress::isCancelled),
                result -> {
                    if (rows != copyRows) {
                        return;
                    }
                    query.set(wanted);
                    windowed.set(new CopyWindow(rows, result, block -> blocksRead++));
                    work.say(describe(chosen, rows, wanted, result));
                });
    }

    private static String describe(DataFile chosen, ColumnarRows rows, RowQuery shown, RowQuery.Result result) {
        StringBuilder text = new StringBuilder(String.format("%s · %,d of %,d rows", chosen.fileName(),
                result.matched(), rows.rows()));
        shown.sort().ifPresent(key -> text.append(String.format(" · sorted by %s %s", key.column(),
                key.ascending() ? "ascending" : "descending")));
        if (result.truncated()) {
            text.append(String.format(" (the first %,d in this order: sort the other way for the other end, or "
                    + "filter to fewer rows)", result.order().size()));
        }
        return text.toString();
    }

    /** Reads the chosen file again, as when the data set changed. */
    public void open() {
        DataFile chosen = file.get();
        Path dataFolder = folder.get();
        whole.set(null);
        paged.set(null);
        windowed.set(null);
        query.set(RowQuery.none());
        Optional.ofNullable(copyRows).ifPresent(ColumnarRows::close);
        copyRows = null;
        blocksRead = 0;
        if (chosen == null || dataFolder == null) {
            return;
        }
        Path csv = dataFolder.resolve(chosen.fileName());
        work.run("Reading " + chosen.fileName(), progress -> {
            Optional<ColumnarDataSet> copy = copies.apply(dataFolder);
            if (copy.isPresent() && copy.get().manifest().rows(ContractTables.shortName(chosen)) > wholeCopyRows) {
                return new Browsed(null, null, ColumnarRows.of(copy.get(), chosen), " from the imported copy");
            }
            if (copy.isPresent()) {
                return new Browsed(ColumnarTables.read(copy.get(), chosen), null, null, " from the imported copy");
            }
            if (sizeOf(csv) <= wholeFileBytes) {
                return new Browsed(ContractTables.read(dataFolder, chosen), null, null, "");
            }
            progress.update(0, "Indexing " + chosen.fileName());
            return new Browsed(null, new PagedTable(CsvPages.index(dataFolder, chosen, CsvPages.DEFAULT_PAGE_ROWS,
                    share -> progress.update(share, "Indexing " + chosen.fileName()), progress::isCancelled)), null, "");
        }, browsed -> {
            if (!Objects.equals(chosen, file.get())) {
                Optional.ofNullable(browsed.rows()).ifPresent(ColumnarRows::close);
                return;
            }
            if (browsed.rows() != null) {
                copyRows = browsed.rows();
                windowed.set(new CopyWindow(copyRows, RowOrder.all(copyRows.rows()), block -> blocksRead++));
                work.say(String.format("%s · %,d rows from the imported copy, read as you scroll · filter below, sort "
                        + "by a column's header (in the background: Cancel stops it)", chosen.fileName(),
                        copyRows.rows()));
            } else if (browsed.whole() != null) {
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

    /** A file read whole (with where from, for the message), paged, or opened for windows from the copy. */
    private record Browsed(Table whole, PagedTable paged, ColumnarRows rows, String source) {
    }
}
