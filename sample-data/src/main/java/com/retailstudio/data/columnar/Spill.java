package com.retailstudio.data.columnar;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file of one partition's rows in the order they were read, to be sorted by customer and written as Parquet
 * once the CSV file is read. Strings are written as length and UTF-8 bytes (no 64 KB limit), null as length -1.
 * The streams are buffered without the JDK's per-call lock, which cost a lock for each byte of an int.
 */
final class Spill implements Closeable {

    private final Path path;
    private DataOutputStream out;
    private int rows;

    Spill(Path path) throws IOException {
        this.path = path;
        this.out = new DataOutputStream(new UnlockedOutput(Files.newOutputStream(path)));
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
        return new DataInputStream(new UnlockedInput(Files.newInputStream(path)));
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

    /** A buffered output stream for one thread. */
    private static final class UnlockedOutput extends FilterOutputStream {

        private final byte[] buffer = new byte[1 << 16];
        private int count;

        UnlockedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                flushBuffer();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > buffer.length - count) {
                flushBuffer();
                if (length > buffer.length) {
                    out.write(bytes, offset, length);
                    return;
                }
            }
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        private void flushBuffer() throws IOException {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    /** A buffered input stream for one thread. */
    private static final class UnlockedInput extends FilterInputStream {

        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;

        UnlockedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                return -1;
            }
            int n = Math.min(length, limit - position);
            System.arraycopy(buffer, position, bytes, offset, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            int read = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        }
    }
}
