package com.retailstudio.data.columnar;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.parquet.io.api.Binary;

/**
 * One partition's text column as read back from a spill: every value's UTF-8 bytes in one array, so a row costs no
 * String and the Parquet writer takes a slice of the array as it is (the bytes {@code Binary.fromString} would make).
 */
final class TextColumn {

    private byte[] bytes;
    private int length;
    /** Where row r's bytes start; {@code ends[r]} where they end, or -1 for null. */
    private final int[] starts;
    private final int[] ends;

    TextColumn(int rows) {
        this.bytes = new byte[Math.max(16, rows * 16)];
        this.starts = new int[rows];
        this.ends = new int[rows];
    }

    /** Reads row {@code row}'s value as {@link Spill#writeString} wrote it. */
    void read(int row, DataInputStream in) throws IOException {
        int size = in.readInt();
        starts[row] = length;
        if (size < 0) {
            ends[row] = -1;
            return;
        }
        if (length + size > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + size, (int) Math.min(Integer.MAX_VALUE - 8, 2L * bytes.length)));
        }
        in.readFully(bytes, length, size);
        length += size;
        ends[row] = length;
    }

    /** Row {@code row}'s value, or null. */
    Binary binary(int row) {
        int end = ends[row];
        return end < 0 ? null : Binary.fromConstantByteArray(bytes, starts[row], end - starts[row]);
    }
}
