package com.retailstudio.data.generate;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A small, fast CSV writer for the contract's files: UTF-8, comma separated, LF line ends, RFC 4180 quoting only when
 * a field needs it, numbers formatted by hand so the bytes never depend on the default locale.
 *
 * <p>Over 400 lines on purpose: it is one thing, a byte buffer and the ways of formatting a field into it. Every method
 * writes {@code buffer} and {@code position} directly, and the generator's hottest loop (the events file) calls them
 * per field, so moving the number or date formatting to another class would add a call and a buffer hand-off there.
 */
final class CsvLineWriter implements Closeable {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private boolean rowStarted;
    private long rows;
    private final byte[] digits = new byte[20];

    private static final int DATE_CACHE_SIZE = 4096;
    private final byte[][] dateCache = new byte[DATE_CACHE_SIZE][];
    private final long[] dateCacheKeys = new long[DATE_CACHE_SIZE];

    CsvLineWriter(OutputStream out) {
        this.out = out;
    }

    static CsvLineWriter create(Path file, List<String> header) throws IOException {
        return create(new FileOutputStream(file.toFile()), header);
    }

    static CsvLineWriter create(OutputStream out, List<String> header) {
        CsvLineWriter writer = new CsvLineWriter(out);
        for (String column : header) {
            writer.text(column);
        }
        writer.endHeader();
        return writer;
    }

    /** Data rows written so far, header excluded. */
    long rows() {
        return rows;
    }

    CsvLineWriter text(String value) {
        separator();
        if (needsQuotes(value)) {
            put((byte) '"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    put((byte) '"');
                }
                putChar(c, value, i);
            }
            put((byte) '"');
        } else {
            for (int i = 0; i < value.length(); i++) {
                putChar(value.charAt(i), value, i);
            }
        }
        return this;
    }

    /** A field already known to be plain ASCII without commas or quotes (ids and enum spellings). */
    CsvLineWriter ascii(byte[] value) {
        separator();
        ensure(value.length);
        System.arraycopy(value, 0, buffer, position, value.length);
        position += value.length;
        return this;
    }

    CsvLineWriter empty() {
        separator();
        return this;
    }

    CsvLineWriter integer(long value) {
        separator();
        putLong(value);
        return this;
    }

    /** An id such as C00000042: a prefix and a zero-padded number. */
    CsvLineWriter id(byte[] prefix, long number, int width) {
        separator();
        ensure(prefix.length);
        System.arraycopy(prefix, 0, buffer, position, prefix.length);
        position += prefix.length;
        putPadded(number, width);
        return this;
    }

    /** Two ids joined by a dash, such as E00000042-0007. */
    CsvLineWriter id(byte[] prefix, long first, int firstWidth, long second, int secondWidth) {
        id(prefix, first, firstWidth);
        put((byte) '-');
        putPadded(second, secondWidth);
        return this;
    }

    /** An id from a prefix and digits formatted by {@link #formatPadded}. */
    CsvLineWriter id(byte[] prefix, byte[] digitsOfNumber) {
        separator();
        ensure(prefix.length + digitsOfNumber.length);
        System.arraycopy(prefix, 0, buffer, position, prefix.length);
        position += prefix.length;
        System.arraycopy(digitsOfNumber, 0, buffer, position, digitsOfNumber.length);
        position += digitsOfNumber.length;
        return this;
    }

    /** An id from a prefix, formatted digits, a dash and a zero-padded second number. */
    CsvLineWriter id(byte[] prefix, byte[] digitsOfNumber, long second, int secondWidth) {
        id(prefix, digitsOfNumber);
        put((byte) '-');
        putPadded(second, secondWidth);
        return this;
    }

    /** Writes {@code value} zero-padded into all of {@code target}; the value must fit. */
    static void formatPadded(int value, byte[] target) {
        int i = target.length;
        while (i >= 2) {
            int q = value / 100;
            int pair = (value - q * 100) << 1;
            target[--i] = DIGIT_PAIRS[pair + 1];
            target[--i] = DIGIT_PAIRS[pair];
            value = q;
        }
        if (i == 1) {
            target[0] = (byte) ('0' + value % 10);
        }
    }

    /** A decimal with a fixed number of places, rounded half away from zero. */
    CsvLineWriter decimal(double value, int places) {
        separator();
        long scaled = Math.round(Math.abs(value) * POWERS_OF_TEN[places]);
        if (value < 0 && scaled != 0) {
            put((byte) '-');
        }
        putLong(scaled / POWERS_OF_TEN[places]);
        if (places > 0) {
            put((byte) '.');
            putPadded(scaled % POWERS_OF_TEN[places], places);
        }
        return this;
    }

    /** An amount held in cents, written with two places. */
    CsvLineWriter cents(long cents) {
        separator();
        putLong(cents / 100);
        put((byte) '.');
        putPadded(cents % 100, 2);
        return this;
    }

    CsvLineWriter bool(boolean value) {
        return ascii(value ? TRUE : FALSE);
    }

    CsvLineWriter date(LocalDate date) {
        separator();
        putDate(date.toEpochDay());
        return this;
    }

    /** An ISO-8601 UTC timestamp with a Z, from seconds since the epoch. */
    CsvLineWriter timestamp(long epochSecond) {
        separator();
        long day = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) (epochSecond - day * 86_400L);
        putDate(day);
        ensure(10);
        buffer[position++] = 'T';
        putTwo(secondOfDay / 3600);
        buffer[position++] = ':';
        putTwo(secondOfDay / 60 % 60);
        buffer[position++] = ':';
        putTwo(secondOfDay % 60);
        buffer[position++] = 'Z';
        return this;
    }

    void endRow() {
        put((byte) '\n');
        rowStarted = false;
        rows++;
    }

    private void endHeader() {
        put((byte) '\n');
        rowStarted = false;
    }

    // Raw row writing for the hottest file (events): reserve room for a whole row once, write fields straight into
    // the buffer without per-field checks, then commit. The caller writes separators and the line end itself.

    /** Makes room for a row of at most {@code maxBytes} and returns where it starts. */
    int reserveRow(int maxBytes) {
        ensure(maxBytes);
        return position;
    }

    void commitRow(int end) {
        position = end;
        rowStarted = false;
        rows++;
    }

    int rawByte(int p, byte b) {
        buffer[p] = b;
        return p + 1;
    }

    int rawAscii(int p, byte[] value) {
        System.arraycopy(value, 0, buffer, p, value.length);
        return p + value.length;
    }

    int rawPadded(int p, int value, int width) {
        int n = 0;
        int v = value;
        do {
            digits[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = n; i < width; i++) {
            buffer[p++] = '0';
        }
        while (n > 0) {
            buffer[p++] = digits[--n];
        }
        return p;
    }

    int rawCents(int p, int cents) {
        p = rawPadded(p, cents / 100, 1);
        buffer[p++] = '.';
        int c = cents % 100;
        buffer[p++] = DIGIT_PAIRS[c << 1];
        buffer[p++] = DIGIT_PAIRS[(c << 1) + 1];
        return p;
    }

    int rawTimestamp(int p, long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) (epochSecond - day * 86_400L);
        byte[] date = dateBytes(day);
        System.arraycopy(date, 0, buffer, p, date.length);
        p += date.length;
        buffer[p++] = 'T';
        int h = secondOfDay / 3600 << 1;
        int m = secondOfDay / 60 % 60 << 1;
        int sec = secondOfDay % 60 << 1;
        buffer[p++] = DIGIT_PAIRS[h];
        buffer[p++] = DIGIT_PAIRS[h + 1];
        buffer[p++] = ':';
        buffer[p++] = DIGIT_PAIRS[m];
        buffer[p++] = DIGIT_PAIRS[m + 1];
        buffer[p++] = ':';
        buffer[p++] = DIGIT_PAIRS[sec];
        buffer[p++] = DIGIT_PAIRS[sec + 1];
        buffer[p++] = 'Z';
        return p;
    }

    /** Writes out what is buffered without closing the stream, for writers sharing one stream. */
    void flushTo() throws IOException {
        flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void separator() {
        if (rowStarted) {
            put((byte) ',');
        }
        rowStarted = true;
    }

    private void putChar(char c, String value, int index) {
        if (c < 0x80) {
            put((byte) c);
        } else if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && index + 1 < value.length()) {
                // the low surrogate is written together with its pair
                byte[] bytes = value.substring(index, index + 2).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    put(b);
                }
            }
        } else {
            byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                put(b);
            }
        }
    }

    /** Dates come from a direct-mapped cache: signup and consent dates spread over years, events over days. */
    private void putDate(long epochDay) {
        byte[] date = dateBytes(epochDay);
        ensure(date.length);
        System.arraycopy(date, 0, buffer, position, date.length);
        position += date.length;
    }

    private byte[] dateBytes(long epochDay) {
        int slot = (int) (epochDay & (DATE_CACHE_SIZE - 1));
        byte[] date = dateCache[slot];
        if (date == null || dateCacheKeys[slot] != epochDay) {
            date = LocalDate.ofEpochDay(epochDay).toString().getBytes(StandardCharsets.US_ASCII);
            dateCache[slot] = date;
            dateCacheKeys[slot] = epochDay;
        }
        return date;
    }

    private void putTwo(int value) {
        buffer[position++] = (byte) ('0' + value / 10);
        buffer[position++] = (byte) ('0' + value % 10);
    }

    private void putLong(long value) {
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        putPadded(value, 1);
    }

    /** Digits two at a time from a table, with int arithmetic when the value fits: this is the hottest loop. */
    private void putPadded(long value, int width) {
        int n = 0;
        while (value >= Integer.MAX_VALUE) {
            digits[n++] = (byte) ('0' + value % 10);
            value /= 10;
        }
        int v = (int) value;
        while (v >= 100) {
            int q = v / 100;
            int pair = (v - q * 100) << 1;
            digits[n++] = DIGIT_PAIRS[pair + 1];
            digits[n++] = DIGIT_PAIRS[pair];
            v = q;
        }
        if (v >= 10) {
            digits[n++] = DIGIT_PAIRS[(v << 1) + 1];
            digits[n++] = DIGIT_PAIRS[v << 1];
        } else {
            digits[n++] = (byte) ('0' + v);
        }
        ensure(Math.max(n, width));
        for (int i = n; i < width; i++) {
            buffer[position++] = '0';
        }
        while (n > 0) {
            buffer[position++] = digits[--n];
        }
    }

    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private void put(byte b) {
        ensure(1);
        buffer[position++] = b;
    }

    private void ensure(int bytes) {
        if (position + bytes > buffer.length) {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
