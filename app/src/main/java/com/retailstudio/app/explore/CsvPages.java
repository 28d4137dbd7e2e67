package com.retailstudio.app.explore;

import com.retailstudio.data.io.DataFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import tech.tablesaw.api.Table;

/**
 * A CSV file too large to hold as one table, read a page of rows at a time: one streaming pass records where every
 * page starts (a few kilobytes for millions of rows), then each page is read on its own as a Tablesaw table.
 * Record ends are found outside quotes, so a quoted field may hold a line break.
 */
public final class CsvPages {

    /** Rows per page: a screenful a hundred times over, read in a few milliseconds. */
    public static final int DEFAULT_PAGE_ROWS = 4_096;

    private final Path csv;
    private final DataFile file;
    private final int pageRows;
    private final byte[] header;
    private final long[] pageStarts;
    private final long rows;

    private CsvPages(Path csv, DataFile file, int pageRows, byte[] header, long[] pageStarts, long rows) {
        this.csv = csv;
        this.file = file;
        this.pageRows = pageRows;
        this.header = header;
        this.pageStarts = pageStarts;
        this.rows = rows;
    }

    /**
     * Indexes the file in one pass.
     *
     * @param progress  told the share of the file read so far, from 0 to 1
     * @param cancelled asked between blocks; the pass stops with a {@link CancellationException} when it says yes
     */
    public static CsvPages index(Path folder, DataFile file, int pageRows, DoubleConsumer progress,
            BooleanSupplier cancelled) throws IOException {
        Path csv = folder.resolve(file.fileName());
        if (!Files.isRegularFile(csv)) {
            throw new ExploreException(file.fileName() + " is missing from " + folder + ".");
        }
        try (FileChannel channel = FileChannel.open(csv, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            long[] starts = new long[16];
            int pages = 0;
            long headerEnd = -1;
            long rowsSeen = 0;
            boolean quoted = false;
            long position = 0;
            while (channel.read(buffer) > 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Indexing " + file.fileName() + " was cancelled.");
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    position++;
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted && position < size) {
                        if (headerEnd < 0) {
                            headerEnd = position;
                            starts[pages++] = position;
                        } else if (++rowsSeen % pageRows == 0) {
                            if (pages == starts.length) {
                                starts = Arrays.copyOf(starts, pages * 2);
                            }
                            starts[pages++] = position;
                        }
                    }
                }
                buffer.clear();
                progress.accept(size == 0 ? 1 : (double) position / size);
            }
            if (headerEnd < 0) {
                throw new ExploreException(file.fileName() + " has no data rows.");
            }
            // every line break but the last ends a row, and the last row need not end with one
            long rows = rowsSeen + 1;
            byte[] header = new byte[(int) headerEnd];
            channel.read(ByteBuffer.wrap(header), 0);
            return new CsvPages(csv, file, pageRows, header, Arrays.copyOf(starts, pages), rows);
        }
    }

    public long rows() {
        return rows;
    }

    public int pageRows() {
        return pageRows;
    }

    public int pages() {
        return pageStarts.length;
    }

    /** The rows of page {@code page} (0-based) as a table typed by the contract. */
    public Table page(int page) throws IOException {
        if (page < 0 || page >= pageStarts.length) {
            throw new IndexOutOfBoundsException("page " + page + " of " + pageStarts.length);
        }
        try (FileChannel channel = FileChannel.open(csv, StandardOpenOption.READ)) {
            long start = pageStarts[page];
            long end = page + 1 < pageStarts.length ? pageStarts[page + 1] : channel.size();
            InputStream rowsOfPage = new BoundedChannelStream(channel.position(start), end - start);
            InputStream withHeader = new SequenceInputStream(new ByteArrayInputStream(header), rowsOfPage);
            return ContractTables.read(new InputStreamReader(withHeader, StandardCharsets.UTF_8), file);
        }
    }

    /** Reads {@code length} bytes of a channel from its position. */
    private static final class BoundedChannelStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedChannelStream(FileChannel channel, long length) {
            this.in = Channels.newInputStream(channel);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }
    }
}
