package com.retailstudio.data.generate;

import com.retailstudio.data.generate.ContractVocabulary.Channel;
import com.retailstudio.data.generate.ContractVocabulary.EventType;
import com.retailstudio.data.generate.ContractVocabulary.MessageKind;

import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Formats events.csv rows and puts them in timestamp order. A full {@link EventBuffer} is sorted and formatted into
 * a run file of finished CSV rows (on a worker thread, while customers are still being generated); at the end the
 * runs are merged by their timestamp text, which for ISO-8601 UTC compares like the time itself, so the merge only
 * copies bytes. Event ids are the customer number and the event's sequence within that customer (E00000042-0007);
 * a send's message_id is its own event id, and a response carries the event id of the send it answers.
 */
final class EventFileWriter {

    private static final EventType[] TYPES = EventType.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final MessageKind[] KINDS = MessageKind.values();

    static final int CUSTOMER_DIGITS = 8;
    static final int SEQ_DIGITS = 4;
    /** Length of an ISO timestamp such as 2026-06-01T09:15:00Z, the merge key. */
    private static final int TIMESTAMP_LENGTH = 20;
    private static final int RUN_READ_BUFFER = 1 << 15;

    private EventFileWriter() {
    }

    static void writeHeader(OutputStream out) throws IOException {
        CsvLineWriter header = CsvLineWriter.create(out, DataSetFiles.EVENTS_HEADER);
        header.flushTo();
    }

    /** Sorts the buffer's events by time (ties in insertion order), writes them as CSV rows and empties it. */
    static long writeSorted(EventBuffer buffer, OutputStream out, long windowStartEpochSecond) throws IOException {
        CsvLineWriter w = new CsvLineWriter(out);
        byte[] customerDigits = new byte[CUSTOMER_DIGITS];
        int[] r = buffer.records;
        for (int i : buffer.sortedOrder()) {
            writeRow(w, customerDigits, windowStartEpochSecond, r, i * EventBuffer.FIELDS);
        }
        w.flushTo();
        long rows = buffer.size;
        buffer.size = 0;
        return rows;
    }

    /** Writes the buffer's events, sorted, to a run file of CSV rows without header, and empties the buffer. */
    static void spill(EventBuffer buffer, Path run, long windowStartEpochSecond) throws IOException {
        try (OutputStream out = new FileOutputStream(run.toFile())) {
            writeSorted(buffer, out, windowStartEpochSecond);
        }
    }

    /**
     * Merges sorted runs into {@code out}; equal timestamps go to the earlier run, which holds the lower customer
     * numbers, so the order is (time, customer, sequence) whatever the run sizes. Returns the rows written.
     */
    static long merge(List<Path> runs, OutputStream out, Runnable cancellationCheck) throws IOException {
        RunReader[] readers = new RunReader[runs.size()];
        byte[] output = new byte[1 << 16];
        int outputPosition = 0;
        long rows = 0;
        try {
            for (int i = 0; i < readers.length; i++) {
                readers[i] = new RunReader(new FileInputStream(runs.get(i).toFile()));
            }
            // a binary heap of run indices ordered by (current timestamp, run index); the keys sit in one array
            // so that sifting does not chase a pointer per comparison
            int[] heap = new int[readers.length];
            long[] keys = new long[readers.length];
            int heapSize = 0;
            for (int i = 0; i < readers.length; i++) {
                if (readers[i].next()) {
                    keys[i] = readers[i].key;
                    heap[heapSize] = i;
                    siftUp(heap, heapSize++, keys);
                }
            }
            while (heapSize > 0) {
                RunReader r = readers[heap[0]];
                int length = r.lineEnd - r.lineStart;
                if (outputPosition + length > output.length) {
                    out.write(output, 0, outputPosition);
                    outputPosition = 0;
                    if (length > output.length) {
                        output = new byte[length * 2];
                    }
                }
                System.arraycopy(r.buffer, r.lineStart, output, outputPosition, length);
                outputPosition += length;
                if (r.next()) {
                    keys[heap[0]] = r.key;
                } else {
                    heap[0] = heap[--heapSize];
                }
                siftDown(heap, heapSize, keys);
                if ((++rows & 0xFFFFF) == 0) {
                    cancellationCheck.run();
                }
            }
            out.write(output, 0, outputPosition);
        } finally {
            for (RunReader r : readers) {
                if (r != null) {
                    r.close();
                }
            }
        }
        return rows;
    }

    /** Longest possible event row, with room to spare: ids, a timestamp, the longest spellings and a value. */
    private static final int MAX_ROW_BYTES = 192;
    private static final byte COMMA = ',';

    private static void writeRow(CsvLineWriter out, byte[] customerDigits, long windowStartEpochSecond, int[] r,
                                 int base) {
        int customer = r[base + EventBuffer.CUSTOMER];
        int meta = r[base + EventBuffer.META];
        int ref = r[base + EventBuffer.REF];
        int product = r[base + EventBuffer.PRODUCT];
        int cents = r[base + EventBuffer.VALUE_CENTS];
        int type = meta & 0xFF;
        int channel = (meta >>> 8 & 0xFF) - 1;
        int kind = (meta >>> 16 & 0xFF) - 1;
        // the customer number appears up to three times a row; format its digits once
        CsvLineWriter.formatPadded(customer + 1, customerDigits);
        int p = out.reserveRow(MAX_ROW_BYTES);
        p = out.rawByte(p, (byte) 'E');
        p = out.rawAscii(p, customerDigits);
        p = out.rawByte(p, (byte) '-');
        p = out.rawPadded(p, r[base + EventBuffer.SEQ], SEQ_DIGITS);
        p = out.rawByte(p, COMMA);
        p = out.rawTimestamp(p, windowStartEpochSecond + r[base + EventBuffer.TIME]);
        p = out.rawByte(p, COMMA);
        p = out.rawByte(p, (byte) 'C');
        p = out.rawAscii(p, customerDigits);
        p = out.rawByte(p, COMMA);
        p = out.rawAscii(p, TYPES[type].csv);
        p = out.rawByte(p, COMMA);
        if (channel >= 0) {
            p = out.rawAscii(p, CHANNELS[channel].csv);
        }
        p = out.rawByte(p, COMMA);
        if (kind >= 0) {
            p = out.rawAscii(p, KINDS[kind].csv);
        }
        p = out.rawByte(p, COMMA);
        if (ref >= 0) {
            p = out.rawByte(p, (byte) 'E');
            p = out.rawAscii(p, customerDigits);
            p = out.rawByte(p, (byte) '-');
            p = out.rawPadded(p, ref, SEQ_DIGITS);
        }
        p = out.rawByte(p, COMMA);
        if (product >= 0) {
            p = out.rawByte(p, (byte) 'P');
            p = out.rawPadded(p, product + 1, 5);
        }
        p = out.rawByte(p, COMMA);
        if (cents >= 0) {
            p = out.rawCents(p, cents);
        }
        p = out.rawByte(p, (byte) '\n');
        out.commitRow(p);
    }

    /** Timestamp, then run index. */
    private static boolean less(int a, int b, long[] keys) {
        long ka = keys[a];
        long kb = keys[b];
        return ka < kb || ka == kb && a < b;
    }

    private static void siftUp(int[] heap, int i, long[] keys) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!less(heap[i], heap[parent], keys)) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[parent];
            heap[parent] = t;
            i = parent;
        }
    }

    private static void siftDown(int[] heap, int size, long[] keys) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int smallest = l + 1 < size && less(heap[l + 1], heap[l], keys) ? l + 1 : l;
            if (!less(heap[smallest], heap[i], keys)) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = t;
            i = smallest;
        }
    }

    /** Reads a run file line by line through its own buffer; the current line includes its LF. */
    private static final class RunReader implements Closeable {
        private final InputStream in;
        byte[] buffer = new byte[RUN_READ_BUFFER];
        private int limit;
        int lineStart;
        int lineEnd;
        long key;

        RunReader(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            lineStart = lineEnd;
            int newline = nextLine();
            if (newline < 0) {
                int remaining = limit - lineStart;
                if (remaining * 2 > buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                System.arraycopy(buffer, lineStart, buffer, 0, remaining);
                limit = remaining + in.readNBytes(buffer, remaining, buffer.length - remaining);
                lineStart = 0;
                newline = nextLine();
                if (newline < 0) {
                    return false;
                }
            }
            lineEnd = newline + 1;
            return true;
        }

        /**
         * Finds the current line's end and reads its key; -1 when the buffer holds no complete line. Every row
         * starts with an event id, a comma, the timestamp, a comma and a customer id, so the search for the line
         * end starts after those.
         */
        private int nextLine() {
            int comma = lineStart;
            while (comma < limit && buffer[comma] != ',') {
                comma++;
            }
            int scanFrom = comma + 1 + TIMESTAMP_LENGTH + 1 + 1 + CUSTOMER_DIGITS;
            if (scanFrom >= limit) {
                return -1;
            }
            for (int i = scanFrom; i < limit; i++) {
                if (buffer[i] == '\n') {
                    key = timestampKey(buffer, comma + 1);
                    return i;
                }
            }
            return -1;
        }

        /** yyyy-MM-ddTHH:mm:ss read as the number yyyyMMddHHmmss, which orders like the time. */
        private static long timestampKey(byte[] b, int at) {
            long date = digits(b, at, 4) * 10_000L + digits(b, at + 5, 2) * 100 + digits(b, at + 8, 2);
            long time = digits(b, at + 11, 2) * 10_000L + digits(b, at + 14, 2) * 100 + digits(b, at + 17, 2);
            return date * 1_000_000L + time;
        }

        private static int digits(byte[] b, int at, int count) {
            int v = 0;
            for (int i = 0; i < count; i++) {
                v = v * 10 + b[at + i] - '0';
            }
            return v;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
