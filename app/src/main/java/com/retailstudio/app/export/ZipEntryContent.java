package com.retailstudio.app.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A zip entry's content, read from the archive in 64 kB chunks and inflated into an array of its declared size: an entry
 * that inflates to more (a zip bomb) or less than it declares, or whose CRC-32 differs, is named instead of trusted.
 * The declared size was checked against {@link BundleFiles#MAX_FILE_BYTES} before, so memory is bounded.
 */
final class ZipEntryContent {

    private ZipEntryContent() {
    }

    /**
     * @param position where the entry's (compressed) data starts
     * @param size     the declared size; the result never holds more
     */
    static byte[] read(FileChannel channel, long position, boolean deflated, long compressedSize, int size,
            long declaredCrc, String name, List<String> problems) throws IOException {
        byte[] out = new byte[size];
        CRC32 crc = new CRC32();
        int filled = 0;
        long remaining = compressedSize;
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        Inflater inflater = deflated ? new Inflater(true) : null;
        try {
            boolean tooLong = false;
            while (remaining > 0 && !tooLong) {
                chunk.clear().limit((int) Math.min(chunk.capacity(), remaining));
                int n = channel.read(chunk, position);
                if (n <= 0) {
                    break;
                }
                position += n;
                remaining -= n;
                if (inflater == null) {
                    if (filled + n > out.length) {
                        tooLong = true;
                        break;
                    }
                    System.arraycopy(chunk.array(), 0, out, filled, n);
                    filled += n;
                    continue;
                }
                inflater.setInput(chunk.array(), 0, n);
                while (!inflater.needsInput() && !inflater.finished()) {
                    if (filled == out.length) {
                        byte[] probe = new byte[1];
                        tooLong = inflater.inflate(probe) > 0;
                        break;
                    }
                    int k = inflater.inflate(out, filled, out.length - filled);
                    if (k == 0 && inflater.needsDictionary()) {
                        throw new DataFormatException("it needs a preset dictionary");
                    }
                    filled += k;
                }
            }
            if (tooLong || filled != out.length || (inflater != null && !inflater.finished())) {
                problems.add(name + " does not hold the " + size + " bytes its headers declare.");
                return out;
            }
        } catch (DataFormatException e) {
            problems.add(name + " is not valid deflated data: " + e.getMessage() + ".");
            return out;
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
        crc.update(out, 0, filled);
        if (crc.getValue() != declaredCrc) {
            problems.add(String.format(Locale.ROOT, "%s has CRC-32 %08x, but its headers declare %08x.", name,
                    crc.getValue(), declaredCrc));
        }
        return out;
    }
}
