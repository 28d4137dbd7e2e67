package com.retailstudio.data.columnar;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file of one partition's rows in the order they were read, to be sorted by customer and written as Parquet
 * once the CSV file is read. Strings are written as length and UTF-8 bytes (no 64 KB limit), null as length -1.
 */
final class Spill implements Closeable {

    private final Path path;
    private DataOutputStream out;
    private int rows;

    Spill(Path path) throws IOException {
        this.path = path;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
    }

    DataOutputStream out() {
        return out;
    }

    void rowWritten() {
        rows++;
    }

    int rows() {
        return rows;
    }

    static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Closes the writing side and opens the file for reading from the start. */
    DataInputStream reopen() throws IOException {
        close();
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(path);
    }

    /**
     * The stable order of rows by customer: {@code order[i]} is the spill row that comes i-th, rows of one customer
     * kept in the order they were read (for events, time order).
     */
    static int[] byCustomer(int[] customerRow, int rows, int firstCustomer, int customers) {
        int[] start = new int[customers + 1];
        for (int r = 0; r < rows; r++) {
            start[customerRow[r] - firstCustomer + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[rows];
        for (int r = 0; r < rows; r++) {
            order[start[customerRow[r] - firstCustomer]++] = r;
        }
        return order;
    }
}
