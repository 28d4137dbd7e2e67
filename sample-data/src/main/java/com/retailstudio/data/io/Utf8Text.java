package com.retailstudio.data.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole text file (a journey, rules, a scenario) as UTF-8, refusing malformed bytes with where they are: the
 * JDK's own refusal says only "Input length = 1".
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** A file with bytes that are not UTF-8; the message names the first one's line, column and byte offset. */
    public static final class NotUtf8Exception extends IOException {
        private final long byteOffset;

        NotUtf8Exception(String message, long byteOffset) {
            super(message);
            this.byteOffset = byteOffset;
        }

        /** Where the first malformed byte is, counted from 0. */
        public long byteOffset() {
            return byteOffset;
        }
    }

    /** The file's text. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** The bytes as text, refused at their first malformed byte. */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new NotUtf8Exception(where(bytes, offset), offset);
        }
        return out.flip().toString();
    }

    private static String where(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // the column in characters: the line's bytes before the bad one, all valid, decoded
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return String.format(Locale.ROOT, "the byte 0x%02X at line %d, column %d (byte offset %d) is not UTF-8 text; "
                + "save the file as UTF-8", bytes[offset] & 0xFF, line, column, offset);
    }
}
