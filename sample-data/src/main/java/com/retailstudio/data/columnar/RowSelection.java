package com.retailstudio.data.columnar;

/**
 * The rows of a file a filter kept, as one bit per row (21 million rows take 2.6 MB) with a running count every
 * 64 words, so the n-th kept row is found by a binary search and a short scan: a filter on any size of file costs a
 * few megabytes however many rows it keeps.
 */
public final class RowSelection implements RowOrder {

    private static final int WORDS_PER_BLOCK = 64;

    private final long[] words;
    private long[] keptBefore;
    private long size;

    public RowSelection(long rows) {
        this.words = new long[Math.toIntExact((rows + 63) / 64)];
    }

    /** Keeps the row at {@code position}; positions must come in ascending order, before the first look-up. */
    public void keep(long position) {
        words[(int) (position >>> 6)] |= 1L << (position & 63);
        size++;
        keptBefore = null;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long position(long row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        long[] before = counts();
        int low = 0;
        int high = before.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (before[middle] <= row) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        long left = row - before[low];
        for (int w = low * WORDS_PER_BLOCK; ; w++) {
            int bits = Long.bitCount(words[w]);
            if (left < bits) {
                long word = words[w];
                for (long skip = left; skip > 0; skip--) {
                    word &= word - 1;
                }
                return (long) w * 64 + Long.numberOfTrailingZeros(word);
            }
            left -= bits;
        }
    }

    private long[] counts() {
        if (keptBefore == null) {
            long[] before = new long[(words.length + WORDS_PER_BLOCK - 1) / WORDS_PER_BLOCK];
            long running = 0;
            for (int w = 0; w < words.length; w++) {
                if (w % WORDS_PER_BLOCK == 0) {
                    before[w / WORDS_PER_BLOCK] = running;
                }
                running += Long.bitCount(words[w]);
            }
            keptBefore = before.length == 0 ? new long[] {0} : before;
        }
        return keptBefore;
    }
}
