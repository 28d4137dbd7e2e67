package com.retailstudio.simulator.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A column of texts (nulls allowed) as one UTF-8 byte array and the end of each text in it. Java serialization writes
 * a {@code String[]} as millions of objects, each looked up in its table of handles, which made shipping a slice of
 * 4 million events cost most of a Spark run; two primitive arrays are written in bulk.
 */
final class TextColumn implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;
    /** End of text i in {@link #bytes}; its start is the previous end. A null text is marked by a negative end. */
    private final int[] ends;

    TextColumn(List<String> texts) {
        ends = new int[texts.size()];
        byte[] buffer = new byte[Math.max(16, texts.size() * 8)];
        int length = 0;
        for (int i = 0; i < ends.length; i++) {
            String text = texts.get(i);
            if (text == null) {
                ends[i] = -length - 1;
                continue;
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            if (length + utf8.length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + utf8.length));
            }
            System.arraycopy(utf8, 0, buffer, length, utf8.length);
            length += utf8.length;
            ends[i] = length;
        }
        bytes = Arrays.copyOf(buffer, length);
    }

    int size() {
        return ends.length;
    }

    /** Text i, or null. */
    String get(int i) {
        if (ends[i] < 0) {
            return null;
        }
        int start = i == 0 ? 0 : end(ends[i - 1]);
        return new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
    }

    private static int end(int mark) {
        return mark < 0 ? -mark - 1 : mark;
    }
}
