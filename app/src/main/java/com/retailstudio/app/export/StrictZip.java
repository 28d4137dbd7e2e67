package com.retailstudio.app.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a zip bundle by its own parse of the format (APPNOTE 6.3), refusing anything two zip readers could read
 * differently: {@code unzip}, Python and {@code java.util.zip} each pick one of several readings of a glued, padded or
 * inconsistent archive, and production must run the file that was validated. An archive is read only when
 * <ul>
 *     <li>its end record closes the file (no bytes after it, no comment) and its central directory directly precedes
 *     it; the first entry starts at byte 0 and every entry's data runs up to the next entry (no bytes in between);</li>
 *     <li>every entry's local header agrees with its central one (name, method, flags, CRC, sizes), the data inflates
 *     to exactly the declared size with the declared CRC-32;</li>
 *     <li>names are unique (also ignoring case), relative and free of {@code ..}, and every entry is a regular file or
 *     a directory — no symbolic links or other Unix file types, no encryption, no ZIP64;</li>
 *     <li>each entry's declared size is at most {@link BundleFiles#MAX_FILE_BYTES} and all of them together at most
 *     {@link BundleFiles#MAX_BUNDLE_BYTES}, checked from the headers before any data is read.</li>
 * </ul>
 * Every problem found is named; nothing is read from an archive with a structural problem.
 */
final class StrictZip {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int FLAG_ENCRYPTED = 1;
    private static final int FLAG_DESCRIPTOR = 1 << 3;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 0040000;
    private static final int SYMLINK = 0120000;

    private StrictZip() {
    }

    /** One central-directory record. */
    private record Entry(String name, int madeBy, int flags, int method, long crc, long compressedSize, long size,
                         long externalAttributes, long localOffset) {

        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    /**
     * The archive's files (directories left out), each name with its bytes.
     *
     * @throws BundleReadException naming every structural problem found
     */
    static Map<String, byte[]> read(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            List<String> problems = new ArrayList<>();
            List<Entry> entries = centralDirectory(channel, problems);
            if (problems.isEmpty()) {
                checkEntries(entries, problems);
            }
            if (problems.isEmpty()) {
                checkLocalHeaders(channel, entries, problems);
            }
            if (!problems.isEmpty()) {
                throw new BundleReadException(problems);
            }
            Map<String, byte[]> files = new TreeMap<>();
            for (Entry entry : entries) {
                if (!entry.isDirectory()) {
                    files.put(entry.name(), data(channel, entry, problems));
                }
            }
            if (!problems.isEmpty()) {
                throw new BundleReadException(problems);
            }
            return files;
        }
    }

    private static List<Entry> centralDirectory(FileChannel channel, List<String> problems) throws IOException {
        long size = channel.size();
        if (size < END_SIZE) {
            problems.add("the file is too short to be a zip archive (" + size + " bytes).");
            return List.of();
        }
        int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
        ByteBuffer tail = read(channel, size - tailLength, tailLength);
        int endAt = -1;
        for (int i = tailLength - END_SIZE; i >= 0; i--) {
            if (tail.getInt(i) == END) {
                endAt = i;
                break;
            }
        }
        if (endAt < 0) {
            problems.add("it is not a zip archive: there is no end-of-central-directory record.");
            return List.of();
        }
        long endPosition = size - tailLength + endAt;
        int disk = u16(tail, endAt + 4);
        int directoryDisk = u16(tail, endAt + 6);
        int entriesHere = u16(tail, endAt + 8);
        int entriesTotal = u16(tail, endAt + 10);
        long directorySize = u32(tail, endAt + 12);
        long directoryOffset = u32(tail, endAt + 16);
        int commentLength = u16(tail, endAt + 20);
        long after = size - (endPosition + END_SIZE);
        if (after != commentLength || commentLength != 0) {
            problems.add("it has " + after + " bytes after the end of its central directory (e.g. another archive "
                    + "appended); a bundle zip ends with its end record.");
        }
        if (disk != 0 || directoryDisk != 0 || entriesHere != entriesTotal) {
            problems.add("it is a multi-disk (spanned) archive, which a bundle never is.");
        }
        if (entriesTotal == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
            problems.add("it is a ZIP64 archive; a bundle is far smaller than 4 GB and never needs ZIP64.");
        }
        long before = endPosition - directorySize - directoryOffset;
        if (before != 0) {
            problems.add(before > 0
                    ? "it has " + before + " bytes before its first entry (e.g. another archive glued in front); a "
                    + "bundle zip starts with its first entry."
                    : "its end record points outside the file (central directory at " + directoryOffset + ", "
                    + directorySize + " bytes, end record at " + endPosition + ").");
        }
        if (directorySize > BundleFiles.MAX_FILE_BYTES) {
            problems.add("its central directory declares " + BundleFiles.describe(directorySize) + ", far more than "
                    + "a bundle's few files need.");
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
        List<Entry> entries = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < entriesTotal; i++) {
            if (at + 46 > directorySize || directory.getInt(at) != CENTRAL) {
                problems.add("its central directory is damaged at entry " + (i + 1) + " of " + entriesTotal + ".");
                return List.of();
            }
            int nameLength = u16(directory, at + 28);
            int extraLength = u16(directory, at + 30);
            int commentLen = u16(directory, at + 32);
            if (at + 46 + nameLength + extraLength + commentLen > directorySize) {
                problems.add("its central directory is damaged at entry " + (i + 1) + " of " + entriesTotal + ".");
                return List.of();
            }
            String name = name(directory, at + 46, nameLength, problems);
            entries.add(new Entry(name, u16(directory, at + 4), u16(directory, at + 8), u16(directory, at + 10),
                    u32(directory, at + 16), u32(directory, at + 20), u32(directory, at + 24),
                    u32(directory, at + 38), u32(directory, at + 42)));
            at += 46 + nameLength + extraLength + commentLen;
        }
        if (at != directorySize) {
            problems.add("its central directory holds " + (directorySize - at) + " bytes after its last entry.");
        }
        return entries;
    }

    private static void checkEntries(List<Entry> entries, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        long total = 0;
        for (Entry entry : entries) {
            String name = entry.name();
            String folded = name.toLowerCase(Locale.ROOT);
            String first = seen.putIfAbsent(folded, name);
            if (first != null) {
                problems.add(first.equals(name) ? name + " is in the zip twice (duplicate entry name); readers "
                        + "disagree on which copy is the file." : name + " and " + first + " differ only in case; "
                        + "on most file systems one would overwrite the other.");
            }
            if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                    || name.indexOf('\0') >= 0 || ("/" + name + "/").contains("/../") || ("/" + name).contains("/./")
                    || name.contains("//")) {
                problems.add("the zip entry '" + name + "' is not a plain relative path.");
            }
            int unixType = entry.madeBy() >> 8 == UNIX ? (int) (entry.externalAttributes() >>> 16) & TYPE_MASK : 0;
            if (unixType == SYMLINK) {
                problems.add(name + " is a symbolic link inside the zip; a bundle holds only regular files.");
            } else if (unixType != 0 && unixType != REGULAR && !(unixType == DIRECTORY && entry.isDirectory())) {
                problems.add(name + " is not a regular file (Unix file type " + Integer.toOctalString(unixType)
                        + "); a bundle holds only regular files.");
            } else if (entry.isDirectory() && (entry.size() != 0 || unixType == REGULAR)) {
                problems.add(name + " is a directory entry with content.");
            }
            if ((entry.flags() & FLAG_ENCRYPTED) != 0) {
                problems.add(name + " is encrypted; a bundle is never encrypted.");
            }
            if (entry.method() != STORED && entry.method() != DEFLATED) {
                problems.add(name + " uses compression method " + entry.method() + "; bundles use only stored (0) "
                        + "or deflated (8).");
            }
            if (entry.size() > BundleFiles.MAX_FILE_BYTES || entry.compressedSize() > BundleFiles.MAX_FILE_BYTES) {
                problems.add(name + " declares " + BundleFiles.describe(Math.max(entry.size(),
                        entry.compressedSize())) + "; a bundle file is at most "
                        + BundleFiles.describe(BundleFiles.MAX_FILE_BYTES) + ".");
            }
            total += entry.size();
        }
        if (total > BundleFiles.MAX_BUNDLE_BYTES) {
            problems.add("its files declare " + BundleFiles.describe(total) + " together; a bundle holds at most "
                    + BundleFiles.describe(BundleFiles.MAX_BUNDLE_BYTES) + ".");
        }
    }

    /** Each local header matches its central record, and the entries tile the file from byte 0 to the directory. */
    private static void checkLocalHeaders(FileChannel channel, List<Entry> entries, List<String> problems)
            throws IOException {
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Entry::localOffset));
        long expected = 0;
        long directoryStart = directoryStart(channel);
        for (Entry entry : byOffset) {
            String name = entry.name();
            if (entry.localOffset() != expected) {
                problems.add(entry.localOffset() > expected
                        ? "the zip holds " + (entry.localOffset() - expected) + " bytes that belong to no entry "
                        + "before " + name + "."
                        : name + " overlaps the entry before it.");
                return;
            }
            if (entry.localOffset() + 30 > directoryStart) {
                problems.add(name + "'s local header lies outside the archive.");
                return;
            }
            ByteBuffer header = read(channel, entry.localOffset(), 30);
            if (header.getInt(0) != LOCAL) {
                problems.add(name + " has no local header where the central directory says it starts.");
                return;
            }
            int nameLength = u16(header, 26);
            int extraLength = u16(header, 28);
            long dataStart = entry.localOffset() + 30 + nameLength + extraLength;
            if (dataStart > directoryStart) {
                problems.add(name + "'s local header lies outside the archive.");
                return;
            }
            String localName = name(read(channel, entry.localOffset() + 30, nameLength), 0, nameLength, problems);
            List<String> differences = new ArrayList<>();
            if (!localName.equals(name)) {
                differences.add("name '" + localName + "'");
            }
            int localFlags = u16(header, 6);
            if ((localFlags & (FLAG_ENCRYPTED | FLAG_DESCRIPTOR)) != (entry.flags() & (FLAG_ENCRYPTED | FLAG_DESCRIPTOR))) {
                differences.add("flags " + localFlags);
            }
            if (u16(header, 8) != entry.method()) {
                differences.add("method " + u16(header, 8));
            }
            boolean descriptor = (entry.flags() & FLAG_DESCRIPTOR) != 0;
            long crc = u32(header, 14);
            long compressed = u32(header, 18);
            long size = u32(header, 22);
            if (!descriptor || crc != 0 || compressed != 0 || size != 0) {
                compareSizes(entry, crc, compressed, size, differences);
            }
            long end = dataStart + entry.compressedSize();
            if (end > directoryStart) {
                problems.add(name + "'s data runs past the start of the central directory.");
                return;
            }
            if (descriptor) {
                int length = (int) Math.min(16, directoryStart - end);
                ByteBuffer tail = read(channel, end, length);
                int skip = length >= 4 && tail.getInt(0) == DESCRIPTOR ? 4 : 0;
                if (length < skip + 12) {
                    problems.add(name + " has no data descriptor after its data.");
                    return;
                }
                compareSizes(entry, u32(tail, skip), u32(tail, skip + 4), u32(tail, skip + 8), differences);
                end += skip + 12;
            }
            if (!differences.isEmpty()) {
                problems.add(name + ": its local header disagrees with the central directory ("
                        + String.join(", ", differences) + "); readers disagree on which to believe.");
            }
            expected = end;
        }
        if (expected != directoryStart) {
            problems.add("the zip holds " + (directoryStart - expected) + " bytes that belong to no entry before its "
                    + "central directory.");
        }
    }

    private static void compareSizes(Entry entry, long crc, long compressed, long size, List<String> differences) {
        if (crc != entry.crc()) {
            differences.add(String.format(Locale.ROOT, "CRC-32 %08x, central %08x", crc, entry.crc()));
        }
        if (compressed != entry.compressedSize()) {
            differences.add("compressed size " + compressed + ", central " + entry.compressedSize());
        }
        if (size != entry.size()) {
            differences.add("size " + size + ", central " + entry.size());
        }
    }

    private static long directoryStart(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer end = read(channel, size - END_SIZE, END_SIZE);
        return u32(end, 16);
    }

    /** The entry's bytes ({@link ZipEntryContent}), from the data after its local header. */
    private static byte[] data(FileChannel channel, Entry entry, List<String> problems) throws IOException {
        ByteBuffer header = read(channel, entry.localOffset(), 30);
        long position = entry.localOffset() + 30 + u16(header, 26) + u16(header, 28);
        return ZipEntryContent.read(channel, position, entry.method() == DEFLATED, entry.compressedSize(),
                (int) entry.size(), entry.crc(), entry.name(), problems);
    }

    private static String name(ByteBuffer buffer, int at, int length, List<String> problems) {
        byte[] bytes = new byte[length];
        buffer.get(at, bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String lossy = new String(bytes, StandardCharsets.ISO_8859_1);
            problems.add("the zip entry name '" + lossy + "' is not UTF-8.");
            return lossy;
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new BundleReadException(List.of("it ends in the middle of a zip record."));
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int u16(ByteBuffer buffer, int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private static long u32(ByteBuffer buffer, int at) {
        return Integer.toUnsignedLong(buffer.getInt(at));
    }
}
