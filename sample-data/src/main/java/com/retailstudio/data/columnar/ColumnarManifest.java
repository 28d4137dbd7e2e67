package com.retailstudio.data.columnar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code manifest.json} of a columnar data set (docs/data-format.md): where it came from and what it holds.
 *
 * @param sourceFiles every regular file of the source folder with its size and modification time, so a later
 *                    {@code --data DIR} recognises the folder without hashing it
 * @param rows        rows per file, keyed by the file name without {@code .csv}
 */
public record ColumnarManifest(String format, int formatVersion, String sourceFingerprint, String sourceFolder,
        List<SourceFile> sourceFiles, String importedAt, int customersPerPartition, int partitions,
        Map<String, Long> rows) {

    public static final String FILE_NAME = "manifest.json";
    static final String FORMAT = "retail-studio-columnar";
    /** 2 since customers carry birth_date: a version 1 copy lacks it and is imported again. */
    static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ColumnarManifest {
        sourceFiles = List.copyOf(sourceFiles);
        rows = new LinkedHashMap<>(rows);
    }

    /** One file of the source folder: its path below the folder ({@code /}-separated), size and modification time. */
    public record SourceFile(String name, long bytes, String modified) {
    }

    /** Every regular file below the folder, in order of relative name, with its size and modification time. */
    public static List<SourceFile> stamp(Path folder) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                StringBuilder name = new StringBuilder();
                for (Path part : folder.relativize(file)) {
                    name.append(name.length() == 0 ? "" : "/").append(part);
                }
                files.add(new SourceFile(name.toString(), Files.size(file),
                        Files.getLastModifiedTime(file).toInstant().toString()));
            }
        }
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return files;
    }

    /** Whether the folder's files are still exactly those this data set was imported from (names, sizes, times). */
    public boolean stampMatches(Path folder) {
        try {
            return stamp(folder).equals(sourceFiles);
        } catch (IOException e) {
            return false;
        }
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    void write(Path folder) throws IOException {
        JSON.writeValue(folder.resolve(FILE_NAME).toFile(), this);
    }

    /** The manifest of a columnar data set folder. */
    public static ColumnarManifest read(Path folder) throws IOException {
        ColumnarManifest manifest = JSON.readValue(folder.resolve(FILE_NAME).toFile(), ColumnarManifest.class);
        if (!FORMAT.equals(manifest.format()) || manifest.formatVersion() != VERSION) {
            throw new IOException(folder.resolve(FILE_NAME) + " is not a version " + VERSION
                    + " columnar data set manifest");
        }
        Objects.requireNonNull(manifest.sourceFingerprint(), "sourceFingerprint");
        return manifest;
    }

    static ColumnarManifest of(String fingerprint, Path source, List<SourceFile> files, Instant now,
            int customersPerPartition, int partitions, Map<String, Long> rows) {
        return new ColumnarManifest(FORMAT, VERSION, fingerprint, source.toAbsolutePath().normalize().toString(), files,
                now.toString(), customersPerPartition, partitions, rows);
    }
}
