package com.retailstudio.data.columnar;

/** Which rows of a file a browse shows, and in what order: the position in the file of each shown row. */
public interface RowOrder {

    long size();

    /** The file position of the {@code row}-th row shown. */
    long position(long row);

    /** Every row, in the file's order. */
    static RowOrder all(long rows) {
        return new RowOrder() {
            @Override
            public long size() {
                return rows;
            }

            @Override
            public long position(long row) {
                return row;
            }
        };
    }

    /** The given positions, in that order. */
    static RowOrder of(long[] positions) {
        return new RowOrder() {
            @Override
            public long size() {
                return positions.length;
            }

            @Override
            public long position(long row) {
                return positions[Math.toIntExact(row)];
            }
        };
    }
}
