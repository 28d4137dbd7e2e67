package com.retailstudio.app.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A bundle's files in memory (relative path with {@code /} → bytes), read from or written to a folder or a zip.
 *
 * <p>Reading is strict, and sizes are checked before any content is read, so a huge or hostile bundle is refused in
 * milliseconds instead of filling the heap: a zip through {@link StrictZip}; a folder holds only regular files and
 * folders — a symbolic link (even to a file inside, even dangling), a named pipe, a device or a socket is refused and
 * never followed.
 */
final class BundleFiles {

    /**
     * The largest file a bundle holds legitimately. The biggest is a markdown plan document, about 450 bytes per
     * product and store (its price path, a price a week; 403 kB for the sample's 900): 64 MB holds some 150,000
     * product-stores, seven times the 20,000 product-store plan. {@code markdowns/price-changes.json} takes about 190
     * bytes a price change; a journey, its DMN or the README stay under 1 MB. Measured by {@code ValidateBenchmark}.
     */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Bundles hold configuration, not data; all files together may be at most this large. */
    static final long MAX_BUNDLE_BYTES = 256L * 1024 * 1024;

    private BundleFiles() {
    }

    /**
     * @throws BundleReadException naming every structural problem (links, special files, oversize files, zip tricks)
     */
    static Map<String, byte[]> read(Path source) throws IOException {
        return Files.isDirectory(source) ? readFolder(source) : StrictZip.read(source);
    }

    private static Map<String, byte[]> readFolder(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Path> regular = new TreeMap<>();
        long total = 0;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) { // never follows links
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            if (path.equals(folder)) {
                continue;
            }
            String name = folder.relativize(path).toString().replace('\\', '/');
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                problems.add(name + " is a symbolic link" + linkTarget(path) + "; a bundle holds only regular files "
                        + "and links are never followed.");
            } else if (attributes.isOther()) {
                problems.add(name + " is a special file (a named pipe, device or socket); a bundle holds only "
                        + "regular files.");
            } else if (attributes.isRegularFile()) {
                if (attributes.size() > MAX_FILE_BYTES) {
                    problems.add(name + " is " + describe(attributes.size()) + "; a bundle file is at most "
                            + describe(MAX_FILE_BYTES) + ".");
                }
                total += attributes.size();
                regular.put(name, path);
            }
        }
        if (total > MAX_BUNDLE_BYTES) {
            problems.add("the bundle's files are " + describe(total) + " together; a bundle holds at most "
                    + describe(MAX_BUNDLE_BYTES) + ".");
        }
        if (!problems.isEmpty()) {
            throw new BundleReadException(problems);
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, Path> file : regular.entrySet()) {
            files.put(file.getKey(), readLimited(file.getKey(), file.getValue()));
        }
        return files;
    }

    /** Reads without following a link swapped in since the check, and never more than the limit. */
    private static byte[] readLimited(String name, Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new BundleReadException(List.of(name + " grew past " + describe(MAX_FILE_BYTES)
                        + " while it was read."));
            }
            return bytes;
        }
    }

    private static String linkTarget(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            return " to " + target + (Files.exists(link) ? "" : " (dangling: the target does not exist)");
        } catch (IOException e) {
            return "";
        }
    }

    /** A size for a message: {@code 1,610,612,736 bytes (1.5 GB)}. */
    static String describe(long bytes) {
        String unit = bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        return String.format(Locale.ROOT, "%,d bytes (%s)", bytes, unit);
    }

    static void writeFolder(Map<String, byte[]> files, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is missing from this Java runtime", e));
        }
    }
}
