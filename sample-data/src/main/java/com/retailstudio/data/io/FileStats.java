package com.retailstudio.data.io;

/** What a scan saw in one file: whether it exists, how many rows, which columns it has and how often each is filled. */
public final class FileStats {

    private final DataFile file;
    private boolean present;
    private long rows;
    private long validRows;
    private final boolean[] inHeader;
    private final long[] nonEmpty;

    FileStats(DataFile file) {
        this.file = file;
        this.inHeader = new boolean[file.columns().size()];
        this.nonEmpty = new long[file.columns().size()];
    }

    public DataFile file() {
        return file;
    }

    /** Whether the file exists and has a readable header with every required column. */
    public boolean present() {
        return present;
    }

    /** Data rows read (header and blank lines excluded), valid or not. */
    public long rows() {
        return rows;
    }

    /** Rows that passed every check and became records. */
    public long validRows() {
        return validRows;
    }

    /** Whether the contract column (by index in {@link DataFile#columns()}) appears in the header. */
    public boolean inHeader(int column) {
        return inHeader[column];
    }

    /** How many rows hold a non-empty value in the contract column (by index). */
    public long nonEmpty(int column) {
        return nonEmpty[column];
    }

    /** Share of rows with a non-empty value in the column, 0..1; 1 for a file without rows. */
    public double completeness(int column) {
        return rows == 0 ? 1.0 : (double) nonEmpty[column] / rows;
    }

    void markPresent() {
        present = true;
    }

    void markInHeader(int column) {
        inHeader[column] = true;
    }

    void countRow() {
        rows++;
    }

    void countValidRow() {
        validRows++;
    }

    void countNonEmpty(int column) {
        nonEmpty[column]++;
    }
}
