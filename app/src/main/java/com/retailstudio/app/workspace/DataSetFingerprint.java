package com.retailstudio.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SHA-256 fingerprint of a data set's files: the same bytes under the same relative names give the same
 * fingerprint on every machine.
 *
 * <p>For a folder, every regular file below it is hashed in order of its relative path (with {@code /} separators):
 * the path, a zero byte, the length, a zero byte, then the content. For a single file, the same with its file name.
 */
public final class DataSetFingerprint {

    private static final int BUFFER_SIZE = 1 << 16;

    private DataSetFingerprint() {
    }

    /** The fingerprint of the file or folder, as 64 lowercase hex digits. */
    public static String of(Path source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(source)) {
                for (Path file : filesBelow(source)) {
                    addFile(digest, source.relativize(file), file);
                }
            } else if (Files.isRegularFile(source)) {
                addFile(digest, source.getFileName(), source);
            } else {
                throw new IllegalArgumentException("No data set file or folder at " + source);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the data set at " + source, e);
        }
    }

    private static List<Path> filesBelow(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .sorted((a, b) -> portableName(folder.relativize(a)).compareTo(portableName(folder.relativize(b))))
                    .collect(Collectors.toList());
        }
    }

    private static void addFile(MessageDigest digest, Path relativeName, Path file) throws IOException {
        digest.update(portableName(relativeName).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            while (in.read(buffer) != -1) {
                // DigestInputStream feeds the digest as it reads.
            }
        }
    }

    private static String portableName(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }
}
