package com.retailstudio.app.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The cells of a {@link CsvPages} file by row number, keeping the few pages last read: a table view scrolling
 * through millions of rows reads a page when it first shows one of its rows, and holds only a handful.
 */
public final class PagedTable {

    private static final int PAGES_KEPT = 8;

    private final CsvPages pages;
    private final List<String> columnNames;
    private final Map<Integer, Table> recent = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Table> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    public PagedTable(CsvPages pages) {
        this.pages = pages;
        this.columnNames = page(0).columnNames();
    }

    public long rows() {
        return pages.rows();
    }

    public List<String> columnNames() {
        return columnNames;
    }

    /** The value of a cell, as the page's Tablesaw column holds it. */
    public Object value(long row, int column) {
        Table page = page((int) (row / pages.pageRows()));
        return page.column(column).get((int) (row % pages.pageRows()));
    }

    private Table page(int page) {
        return recent.computeIfAbsent(page, number -> {
            try {
                return pages.page(number);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
