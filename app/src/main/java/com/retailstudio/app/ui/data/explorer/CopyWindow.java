package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.data.columnar.ColumnarRows;
import com.retailstudio.data.columnar.RowBlock;
import com.retailstudio.data.columnar.RowOrder;
import com.retailstudio.data.columnar.RowQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A file of the imported copy as the Browse table shows it: the rows a query kept, in its order, read a block of
 * {@link #BLOCK_ROWS} shown rows at a time when the table first draws one of them, and only the last
 * {@link #BLOCKS_KEPT} blocks kept (a few thousand rows, whatever the file's size); a sorted result's rows come
 * already read ({@link RowQuery.Result#rows()}).
 */
public final class CopyWindow {

    static final int BLOCK_ROWS = 256;
    static final int BLOCKS_KEPT = 16;

    private final ColumnarRows rows;
    private final RowOrder order;
    private final LongConsumer blockRead;
    private final Map<Long, RowBlock> recent = new LinkedHashMap<>(BLOCKS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RowBlock> eldest) {
            return size() > BLOCKS_KEPT;
        }
    };

    private final RowBlock held;

    /** @param blockRead told each block read (its number), for tests that count reads */
    CopyWindow(ColumnarRows rows, RowOrder order, LongConsumer blockRead) {
        this(rows, order, null, blockRead);
    }

    /** The rows of a query's result: the rows a sort already read, or read as they are shown. */
    CopyWindow(ColumnarRows rows, RowQuery.Result result, LongConsumer blockRead) {
        this(rows, result.order(), result.rows().orElse(null), blockRead);
    }

    private CopyWindow(ColumnarRows rows, RowOrder order, RowBlock held, LongConsumer blockRead) {
        this.rows = rows;
        this.order = order;
        this.held = held;
        this.blockRead = blockRead;
    }

    public long size() {
        return order.size();
    }

    public List<String> columnNames() {
        return rows.file().columnNames();
    }

    /** The cell of the {@code row}-th shown row (null when empty). */
    public Object value(long row, int column) {
        if (held != null) {
            return held.value(Math.toIntExact(row), column);
        }
        return block(row / BLOCK_ROWS).value((int) (row % BLOCK_ROWS), column);
    }

    /** The shown row's 0-based data row in the CSV file. */
    public long fileRow(long row) {
        if (held != null) {
            return held.fileRow(Math.toIntExact(row));
        }
        return block(row / BLOCK_ROWS).fileRow((int) (row % BLOCK_ROWS));
    }

    /** How many blocks are held now. */
    int blocksHeld() {
        return recent.size();
    }

    private RowBlock block(long block) {
        return recent.computeIfAbsent(block, number -> {
            long first = number * BLOCK_ROWS;
            long[] positions = new long[(int) Math.min(BLOCK_ROWS, order.size() - first)];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = order.position(first + i);
            }
            blockRead.accept(number);
            return rows.read(positions);
        });
    }
}
