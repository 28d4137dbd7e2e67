package com.retailstudio.data.generate;

import com.retailstudio.data.generate.ContractVocabulary.Channel;
import com.retailstudio.data.generate.ContractVocabulary.EventType;
import com.retailstudio.data.generate.ContractVocabulary.MessageKind;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

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

    /** Events formatted per task; a batch becomes about 2.5 MB of CSV. */
    static final int BATCH_EVENTS = 1 << 15;
    /** Formatted batches waiting to be written, which bounds memory while keeping both cores busy. */
    private static final int MAX_IN_FLIGHT = 6;

    private final OutputStream out;
    private final long windowStartEpochSecond;
    private final ExecutorService formatters;
    private final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
    private int[] batch = new int[BATCH_EVENTS * EventBuffer.FIELDS];
    private int batchSize;
    private long rows;

    /**
     * Rows are formatted in batches on {@code formatters} and written to {@code out} in order, so formatting, the
     * hot part, runs on every core while the output stays byte-identical.
     */
    EventFileWriter(OutputStream out, long windowStartEpochSecond, ExecutorService formatters) throws IOException {
        this.out = out;
        this.windowStartEpochSecond = windowStartEpochSecond;
        this.formatters = formatters;
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        CsvLineWriter.create(header, DataSetFiles.EVENTS_HEADER).close();
        out.write(header.toByteArray());
    }

    long rows() {
        return rows;
    }

    void writeSorted(EventBuffer buffer) throws IOException {
        for (int i : buffer.sortedOrder()) {
            append(buffer.records, i * EventBuffer.FIELDS);
        }
        buffer.size = 0;
    }

    /**
     * Merges sorted runs; equal times go to the earlier run, which holds the lower customer numbers, so the order is
     * (time, customer, sequence) whatever the run sizes.
     */
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
                append(r.record, 0);
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

    /** Formats and writes what is still pending. */
    void finish() throws IOException {
        if (batchSize > 0) {
            submitBatch();
        }
        while (!inFlight.isEmpty()) {
            writeOldestBatch();
        }
    }

    /** Abandons pending batches after a failure or cancellation. */
    void abandon() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    private void append(int[] source, int offset) throws IOException {
        System.arraycopy(source, offset, batch, batchSize * EventBuffer.FIELDS, EventBuffer.FIELDS);
        if (++batchSize == BATCH_EVENTS) {
            submitBatch();
        }
    }

    private void submitBatch() throws IOException {
        int[] events = batch;
        int count = batchSize;
        inFlight.add(formatters.submit(() -> format(events, count)));
        rows += count;
        batch = new int[BATCH_EVENTS * EventBuffer.FIELDS];
        batchSize = 0;
        while (inFlight.size() > MAX_IN_FLIGHT) {
            writeOldestBatch();
        }
    }

    private void writeOldestBatch() throws IOException {
        Future<byte[]> oldest = inFlight.poll();
        try {
            out.write(oldest.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Formatting events failed", e.getCause());
        }
    }

    private byte[] format(int[] events, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(count * 96);
        byte[] customerDigits = new byte[CUSTOMER_DIGITS];
        try (CsvLineWriter w = new CsvLineWriter(bytes)) {
            for (int i = 0; i < count; i++) {
                int b = i * EventBuffer.FIELDS;
                writeRow(w, customerDigits, events[b], events[b + 1], events[b + 2], events[b + 3], events[b + 4],
                        events[b + 5], events[b + 6]);
            }
        }
        return bytes.toByteArray();
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

    private void writeRow(CsvLineWriter out, byte[] customerDigits, int time, int customer, int seq, int meta,
                          int ref, int product, int cents) {
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
