package com.retailstudio.app.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives byte by byte (stored entries), with knobs for the tricks a strict reader must refuse: local
 * headers that disagree with the central directory, Unix file types, flags, declared sizes, bytes between entries and
 * an archive comment.
 */
final class TestZip {

    /** One entry; every override is null or unset when the entry is honest. */
    static final class Entry {
        final String name;
        final byte[] data;
        String localName;
        Integer localMethod;
        Long localCrc;
        Long localSize;
        Long crc;
        Long declaredSize;
        int mode = 0100644;
        int flags;
        boolean deflate;
        byte[] gapAfter = new byte[0];

        Entry(String name, byte[] data) {
            this.name = name;
            this.data = data;
        }
    }

    private TestZip() {
    }

    static List<Entry> entries(Map<String, byte[]> files) {
        List<Entry> entries = new ArrayList<>();
        files.forEach((name, data) -> entries.add(new Entry(name, data)));
        return entries;
    }

    static byte[] write(List<Entry> entries) {
        return write(entries, new byte[0]);
    }

    static byte[] write(List<Entry> entries, byte[] comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Entry e : entries) {
            CRC32 crc32 = new CRC32();
            crc32.update(e.data);
            long crc = e.crc != null ? e.crc : crc32.getValue();
            long size = e.declaredSize != null ? e.declaredSize : e.data.length;
            byte[] stored = e.deflate ? deflate(e.data) : e.data;
            long compressedSize = e.deflate ? stored.length : size;
            int method = e.deflate ? 8 : 0;
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            byte[] localName = (e.localName != null ? e.localName : e.name).getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            ByteBuffer local = le(30);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) e.flags)
                    .putShort((short) (e.localMethod != null ? e.localMethod : method)).putShort((short) 0)
                    .putShort((short) 0x21).putInt((int) (e.localCrc != null ? e.localCrc : crc))
                    .putInt((int) (e.localSize != null ? e.localSize : compressedSize))
                    .putInt((int) (e.localSize != null ? e.localSize : size))
                    .putShort((short) localName.length).putShort((short) 0);
            out.writeBytes(local.array());
            out.writeBytes(localName);
            out.writeBytes(stored);
            out.writeBytes(e.gapAfter);
            ByteBuffer record = le(46);
            record.putInt(0x02014b50).putShort((short) (3 << 8 | 20)).putShort((short) 20).putShort((short) e.flags)
                    .putShort((short) method).putShort((short) 0).putShort((short) 0x21).putInt((int) crc)
                    .putInt((int) compressedSize).putInt((int) size).putShort((short) name.length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(e.mode << 16).putInt(offset);
            central.writeBytes(record.array());
            central.writeBytes(name);
        }
        int directoryOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt(directoryOffset)
                .putShort((short) comment.length);
        out.writeBytes(end.array());
        out.writeBytes(comment);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
