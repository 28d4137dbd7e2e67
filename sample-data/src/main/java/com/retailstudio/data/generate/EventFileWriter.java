package com.retailstudio.data.generate;

import com.retailstudio.data.generate.ContractVocabulary.Channel;
import com.retailstudio.data.generate.ContractVocabulary.EventType;
import com.retailstudio.data.generate.ContractVocabulary.MessageKind;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes events.csv in timestamp order, either straight from one in-memory buffer or by a k-way merge of sorted run
 * files. Event ids are the customer number and the event's sequence within that customer (E00000042-0007); a send's
 * message_id is its own event id, and a response carries the event id of the send it answers.
 */
final class EventFileWriter {

    private static final byte[] EVENT_PREFIX = ContractVocabulary.bytes("E");
    private static final byte[] CUSTOMER_PREFIX = ContractVocabulary.bytes("C");
    private static final byte[] PRODUCT_PREFIX = ContractVocabulary.bytes("P");
    private static final EventType[] TYPES = EventType.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final MessageKind[] KINDS = MessageKind.values();

    static final int CUSTOMER_DIGITS = 8;
    static final int SEQ_DIGITS = 4;

    private final CsvLineWriter out;
    private final byte[] customerDigits = new byte[CUSTOMER_DIGITS];
    private final long windowStartEpochSecond;

    EventFileWriter(CsvLineWriter out, long windowStartEpochSecond) {
        this.out = out;
        this.windowStartEpochSecond = windowStartEpochSecond;
    }

    void writeSorted(EventBuffer buffer) {
        int[] r = buffer.records;
        for (int i : buffer.sortedOrder()) {
            int b = i * EventBuffer.FIELDS;
            writeRow(r[b], r[b + 1], r[b + 2], r[b + 3], r[b + 4], r[b + 5], r[b + 6]);
        }
        buffer.size = 0;
    }

    /** Merges sorted runs; equal times go to the earlier run, which holds the lower customer numbers. */
    void merge(List<Path> runs, Runnable cancellationCheck) throws IOException {
        RunReader[] readers = new RunReader[runs.size()];
        try {
            for (int i = 0; i < readers.length; i++) {
                readers[i] = new RunReader(new java.io.FileInputStream(runs.get(i).toFile()));
            }
            // a binary heap of run indices ordered by (current time, run index)
            int[] heap = new int[readers.length];
            int heapSize = 0;
            for (int i = 0; i < readers.length; i++) {
                if (readers[i].next()) {
                    heap[heapSize] = i;
                    siftUp(heap, heapSize++, readers);
                }
            }
            long written = 0;
            while (heapSize > 0) {
                RunReader r = readers[heap[0]];
                int[] rec = r.record;
                writeRow(rec[0], rec[1], rec[2], rec[3], rec[4], rec[5], rec[6]);
                if (!r.next()) {
                    heap[0] = heap[--heapSize];
                }
                siftDown(heap, heapSize, readers);
                if ((++written & 0xFFFFF) == 0) {
                    cancellationCheck.run();
                }
            }
        } finally {
            for (RunReader r : readers) {
                if (r != null) {
                    r.close();
                }
            }
        }
    }

    private static boolean less(int a, int b, RunReader[] readers) {
        int ta = readers[a].record[0];
        int tb = readers[b].record[0];
        return ta < tb || ta == tb && a < b;
    }

    private static void siftUp(int[] heap, int i, RunReader[] readers) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!less(heap[i], heap[parent], readers)) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[parent];
            heap[parent] = t;
            i = parent;
        }
    }

    private static void siftDown(int[] heap, int size, RunReader[] readers) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int smallest = l + 1 < size && less(heap[l + 1], heap[l], readers) ? l + 1 : l;
            if (!less(heap[smallest], heap[i], readers)) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = t;
            i = smallest;
        }
    }

    private void writeRow(int time, int customer, int seq, int meta, int ref, int product, int cents) {
        int type = meta & 0xFF;
        int channel = (meta >>> 8 & 0xFF) - 1;
        int kind = (meta >>> 16 & 0xFF) - 1;
        // the customer number appears up to three times a row; format its digits once
        CsvLineWriter.formatPadded(customer + 1, customerDigits);
        out.id(EVENT_PREFIX, customerDigits, seq, SEQ_DIGITS)
                .timestamp(windowStartEpochSecond + time)
                .id(CUSTOMER_PREFIX, customerDigits)
                .ascii(TYPES[type].csv);
        if (channel >= 0) {
            out.ascii(CHANNELS[channel].csv);
        } else {
            out.empty();
        }
        if (kind >= 0) {
            out.ascii(KINDS[kind].csv);
        } else {
            out.empty();
        }
        if (ref >= 0) {
            out.id(EVENT_PREFIX, customerDigits, ref, SEQ_DIGITS);
        } else {
            out.empty();
        }
        if (product >= 0) {
            out.id(PRODUCT_PREFIX, product + 1L, 5);
        } else {
            out.empty();
        }
        if (cents >= 0) {
            out.cents(cents);
        } else {
            out.empty();
        }
        out.endRow();
    }

    /** Reads fixed-size records of a run file through its own buffer. */
    private static final class RunReader implements Closeable {
        private final InputStream in;
        private final byte[] buffer = new byte[EventBuffer.RECORD_BYTES * 2048];
        private int position;
        private int limit;
        final int[] record = new int[EventBuffer.FIELDS];

        RunReader(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            if (limit - position < EventBuffer.RECORD_BYTES) {
                int remaining = limit - position;
                System.arraycopy(buffer, position, buffer, 0, remaining);
                limit = remaining;
                position = 0;
                limit += in.readNBytes(buffer, limit, buffer.length - limit);
                if (limit < EventBuffer.RECORD_BYTES) {
                    return false;
                }
            }
            for (int f = 0; f < EventBuffer.FIELDS; f++) {
                int p = position + f * 4;
                record[f] = (buffer[p] & 0xFF) << 24 | (buffer[p + 1] & 0xFF) << 16 | (buffer[p + 2] & 0xFF) << 8
                        | buffer[p + 3] & 0xFF;
            }
            position += EventBuffer.RECORD_BYTES;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
