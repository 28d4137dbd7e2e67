package com.retailstudio.data.columnar;

/**
 * Rows read from an imported copy ({@link ColumnarRows#read}): each row's contract values, and the row's 0-based data
 * row in the CSV file it came from.
 */
public record RowBlock(Object[][] cells, long[] fileRows) {

    public int size() {
        return cells.length;
    }

    public Object value(int row, int column) {
        return cells[row][column];
    }

    public long fileRow(int row) {
        return fileRows[row];
    }
}
