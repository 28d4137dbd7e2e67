package com.retailstudio.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A bundle written next to its destination but not yet a bundle: a folder without its {@code manifest.json}, or a zip
 * without its manifest entry and central directory, under a hidden {@code .bundle-*.partial} name. {@link #publish}
 * adds the manifest and moves it into place in one rename. The exporter publishes only after the workspace has
 * recorded the export, so whatever moment the process dies at, no valid bundle exists without its record.
 */
final class StagedBundle implements AutoCloseable {

    private final Path staging;
    private final Path out;
    private final ZipOutputStream zip;
    private boolean published;

    private StagedBundle(Path staging, Path out, ZipOutputStream zip) {
        this.staging = staging;
        this.out = out;
        this.zip = zip;
    }

    /** Writes every file but the manifest to a hidden staging place beside {@code out}. */
    static StagedBundle stage(Map<String, byte[]> files, Path out, boolean asZip) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (asZip) {
            Path staging = Files.createTempFile(parent, ".bundle-", ".zip.partial");
            OutputStream stream = Files.newOutputStream(staging);
            ZipOutputStream zip = new ZipOutputStream(stream);
            StagedBundle staged = new StagedBundle(staging, out, zip);
            try {
                for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                    staged.putZipEntry(file.getKey(), file.getValue());
                }
                zip.flush();
            } catch (IOException | RuntimeException e) {
                staged.close();
                throw e;
            }
            return staged;
        }
        Path staging = Files.createTempDirectory(parent, ".bundle-");
        StagedBundle staged = new StagedBundle(staging, out, null);
        try {
            BundleFiles.writeFolder(files, staging);
        } catch (IOException | RuntimeException e) {
            staged.close();
            throw e;
        }
        return staged;
    }

    private void putZipEntry(String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same content gives the same zip
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Completes the bundle with its manifest and renames it to its destination in one step. */
    void publish(String manifestName, byte[] manifest) throws IOException {
        if (zip != null) {
            putZipEntry(manifestName, manifest);
            zip.close();
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.write(staging.resolve(manifestName), manifest);
            if (Files.isDirectory(out)) {
                Files.delete(out); // empty, checked by the exporter
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        }
        published = true;
    }

    /** Removes the staged files unless they were published. */
    @Override
    public void close() throws IOException {
        if (published) {
            return;
        }
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                // the file is deleted below either way
            }
        }
        if (Files.exists(staging)) {
            try (Stream<Path> paths = Files.walk(staging)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
