package com.retailstudio.data.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Raw RFC 4180 records of one CSV file, tokenized straight from the UTF-8 bytes, with the physical line each starts on.
 * The current record's fields are byte ranges of one reused buffer, so a scan can parse numbers, timestamps, codes and
 * ids without making a String per field; {@link #text(int)} decodes one when a String is needed. Memory holds one
 * record and a 64 KB read buffer, whatever the file's size.
 *
 * <p>It tokenizes as the Jackson CSV parser this reader used before did, so files and error messages are unchanged:
 * line breaks are LF, CRLF or a lone CR (also inside quoted fields, where they count as lines too); a quote only opens
 * a quoted field as the field's first character and is literal elsewhere in an unquoted field; after a closing quote
 * only spaces and control characters may come before the separator or the line end; a record that is one empty
 * field (a blank line) is skipped. Malformed UTF-8 decodes to U+FFFD, which the scan reports at the field.
 */
final class CsvSource implements Closeable {

    /** One record: the line it starts on and its fields as written (quotes removed). */
    record Row(long line, String[] fields) {
    }

    private final String fileName;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    /** The physical line {@link #position} is on. */
    private long lineNumber = 1;

    private byte[] record = new byte[256];
    private int recordLength;
    private int[] fieldEnd = new int[16];
    private int fieldCount;
    private long recordLine;
    private boolean nonAscii;

    private CsvSource(String fileName, InputStream in) {
        this.fileName = fileName;
        this.in = in;
    }

    /** Opens {@code file} as UTF-8, skipping a byte-order mark. */
    static CsvSource open(Path file) throws IOException {
        CsvSource source = new CsvSource(file.getFileName().toString(), Files.newInputStream(file));
        source.skipByteOrderMark();
        return source;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                break;
            }
            limit += read;
        }
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;
        }
    }

    /** The next record as Strings, or null at the end of the file (used for the header). */
    Row next() {
        if (!nextRecord()) {
            return null;
        }
        String[] fields = new String[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            fields[i] = text(i);
        }
        return new Row(recordLine, fields);
    }

    /**
     * Moves to the next record, skipping blank lines; false at the end of the file.
     *
     * @throws DataFormatException when the text cannot be tokenized (unclosed quote, text after a closing quote); the
     *                             file cannot be read further
     */
    boolean nextRecord() {
        try {
            while (readRecord()) {
                if (fieldCount != 1 || fieldEnd[0] != 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The physical line the current record starts on. */
    long line() {
        return recordLine;
    }

    int fieldCount() {
        return fieldCount;
    }

    /** The buffer the current record's fields are in; valid until the next record. */
    byte[] bytes() {
        return record;
    }

    int start(int field) {
        return field == 0 ? 0 : fieldEnd[field - 1];
    }

    int end(int field) {
        return fieldEnd[field];
    }

    /** Whether every byte of the current record is ASCII (so a byte is a character and no field can hold U+FFFD). */
    boolean ascii() {
        return !nonAscii;
    }

    /** The field decoded as UTF-8, malformed bytes as U+FFFD. */
    String text(int field) {
        int start = start(field);
        return new String(record, start, fieldEnd[field] - start, StandardCharsets.UTF_8);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private boolean readRecord() throws IOException {
        if (position >= limit && !fill()) {
            return false;
        }
        recordLine = lineNumber;
        recordLength = 0;
        fieldCount = 0;
        nonAscii = false;
        while (true) {
            if (position >= limit && !fill()) {
                endField();
                return true;
            }
            boolean endOfRecord = buffer[position] == '"' ? readQuotedField() : readPlainField();
            endField();
            if (endOfRecord) {
                return true;
            }
        }
    }

    /** Reads an unquoted field up to and including its separator or line end; true when the record ended. */
    private boolean readPlainField() throws IOException {
        while (true) {
            if (position >= limit && !fill()) {
                return true;
            }
            // Scan the buffered run of plain bytes in a tight loop, then copy it at once: most of a file is such runs.
            byte[] in = buffer;
            int from = position;
            int end = limit;
            int p = from;
            int seen = 0;
            byte b = 0;
            while (p < end) {
                b = in[p];
                if (b == ',' || b == '\n' || b == '\r') {
                    break;
                }
                seen |= b;
                p++;
            }
            appendRun(in, from, p, seen < 0);
            if (p == end) {
                position = p;
                continue;
            }
            position = p + 1;
            if (b == ',') {
                return false;
            }
            if (b == '\n') {
                lineNumber++;
            } else {
                endCarriageReturn();
            }
            return true;
        }
    }

    private void appendRun(byte[] in, int from, int to, boolean hasNonAscii) {
        int length = to - from;
        if (recordLength + length > record.length) {
            record = Arrays.copyOf(record, Math.max(record.length * 2, recordLength + length));
        }
        System.arraycopy(in, from, record, recordLength, length);
        recordLength += length;
        nonAscii |= hasNonAscii;
    }

    /** Reads a quoted field from its opening quote up to and including its separator or line end; true when the record ended. */
    private boolean readQuotedField() throws IOException {
        position++;
        while (true) {
            if (position >= limit && !fill()) {
                throw malformed("a quoted field is not closed (missing closing quote)");
            }
            byte b = buffer[position++];
            if (b == '"') {
                if ((position < limit || fill()) && buffer[position] == '"') {
                    position++;
                    append(b);
                } else {
                    break;
                }
            } else {
                if (b == '\n') {
                    lineNumber++;
                } else if (b == '\r' && !((position < limit || fill()) && buffer[position] == '\n')) {
                    lineNumber++;
                }
                append(b);
            }
        }
        while (true) {
            if (position >= limit && !fill()) {
                return true;
            }
            byte b = buffer[position];
            if (b == ',') {
                position++;
                return false;
            } else if (b == '\n') {
                position++;
                lineNumber++;
                return true;
            } else if (b == '\r') {
                position++;
                endCarriageReturn();
                return true;
            } else if (b >= 0 && b <= ' ') {
                position++;
            } else {
                throw malformed("the record cannot be read as CSV (Unexpected character (" + describe(characterAt())
                        + "): Expected column separator character (',' (code 44)) or end-of-line)");
            }
        }
    }

    /** After a CR that ends a record: a following LF belongs to the same line break. */
    private void endCarriageReturn() throws IOException {
        lineNumber++;
        if ((position < limit || fill()) && buffer[position] == '\n') {
            position++;
        }
    }

    private void append(byte b) {
        if (recordLength == record.length) {
            record = Arrays.copyOf(record, record.length * 2);
        }
        record[recordLength++] = b;
        if (b < 0) {
            nonAscii = true;
        }
    }

    private void endField() {
        if (fieldCount == fieldEnd.length) {
            fieldEnd = Arrays.copyOf(fieldEnd, fieldCount * 2);
        }
        fieldEnd[fieldCount++] = recordLength;
    }

    /** The character starting at {@link #position}, decoded from UTF-8. */
    private char characterAt() {
        int length = Math.min(4, limit - position);
        return new String(buffer, position, length, StandardCharsets.UTF_8).charAt(0);
    }

    /** Describes a character as Jackson's messages did, so error texts stay as they were. */
    private static String describe(char c) {
        if (Character.isISOControl(c)) {
            return "(CTRL-CHAR, code " + (int) c + ")";
        }
        if (c > 255) {
            return "'" + c + "' (code " + (int) c + " / 0x" + Integer.toHexString(c) + ")";
        }
        return "'" + c + "' (code " + (int) c + ")";
    }

    private DataFormatException malformed(String reason) {
        position = limit = 0;
        return new DataFormatException(DataProblem.at(fileName, Math.max(1, recordLine), null, ProblemKind.MALFORMED_ROW, reason));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
