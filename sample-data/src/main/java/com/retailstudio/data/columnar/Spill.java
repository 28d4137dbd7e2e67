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
 * A temporary file of one partition's rows in the order they were read, to be put in customer order and written as
 * Parquet once the CSV file is read. It counts each customer's rows as they are written, so the reader can place every
 * row at its final position while reading the file in order ({@link #position}), and the Parquet writer then goes
 * through the rows in order instead of jumping through the partition's arrays. Strings are written as length and UTF-8 bytes (no 64 KB limit), null as length -1.
 * The streams are buffered without the JDK's per-call lock, which cost a lock for each byte of an int.
 */
final class Spill implements Closeable {

    private final Path path;
    private final int firstCustomer;
    /** Rows per customer of the partition while writing; where each customer's next row goes once reopened. */
    private final int[] perCustomer;
    private DataOutputStream out;
    private int rows;

    /** A spill for the {@code customers} customers from customer row {@code firstCustomer} on. */
    Spill(Path path, int firstCustomer, int customers) throws IOException {
        this.path = path;
        this.firstCustomer = firstCustomer;
        this.perCustomer = new int[customers];
        this.out = new DataOutputStream(new UnlockedOutput(Files.newOutputStream(path)));
    }

    /**
     * Starts a row: writes its row in the CSV file and its customer row, counts it for that customer, and returns the
     * stream for the rest of the row.
     */
    DataOutputStream startRow(long fileRow, int customerRow) throws IOException {
        out.writeLong(fileRow);
        out.writeInt(customerRow);
        perCustomer[customerRow - firstCustomer]++;
        rows++;
        return out;
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

    /**
     * Closes the writing side and opens the file for reading from the start; from then on {@link #position} places
     * the rows read.
     */
    DataInputStream reopen() throws IOException {
        close();
        int start = 0;
        for (int c = 0; c < perCustomer.length; c++) {
            int count = perCustomer[c];
            perCustomer[c] = start;
            start += count;
        }
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
     * Where the next row read of customer row {@code customerRow} goes in customer order: a customer's rows keep the
     * order they were read in (for events, time order). Call once per row, in the order of the file.
     */
    int position(int customerRow) {
        return perCustomer[customerRow - firstCustomer]++;
    }

    /**
     * Reads the start of the next row as {@link #startRow} wrote it, puts its file row and customer row at the row's
     * position in customer order ({@link #position}) and returns that position, where the caller puts the rest.
     */
    int readRowStart(DataInputStream in, long[] fileRow, int[] customerRow) throws IOException {
        long row = in.readLong();
        int customer = in.readInt();
        int at = position(customer);
        fileRow[at] = row;
        customerRow[at] = customer;
        return at;
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
