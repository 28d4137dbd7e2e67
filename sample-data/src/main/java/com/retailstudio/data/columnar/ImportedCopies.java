package com.retailstudio.data.columnar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Finds the columnar copy made of a CSV folder, by the file stamps its manifest holds, hashing only when it must. */
public final class ImportedCopies {

    private ImportedCopies() {
    }

    /**
     * The imported copy of {@code source} in {@code datasets}, if there is one: a copy whose manifest lists the
     * folder's files with the same names, sizes and modification times is taken at once (no hashing); a copy whose
     * files differ only in their times is taken when the folder's fingerprint, computed only then, is the one the
     * copy was made from. A folder whose file names or sizes match no copy is never hashed.
     */
    public static Optional<ColumnarDataSet> find(Path datasets, Path source, Supplier<String> fingerprint) {
        if (!Files.isDirectory(datasets) || !Files.isDirectory(source)) {
            return Optional.empty();
        }
        List<ColumnarManifest.SourceFile> stamp;
        try {
            stamp = ColumnarManifest.stamp(source);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> sizes = namesAndSizes(stamp);
        List<ColumnarDataSet> sameSizes = new ArrayList<>();
        try (Stream<Path> children = Files.list(datasets)) {
            for (Path child : (Iterable<Path>) children.sorted()
                    .filter(p -> p.getFileName().toString().startsWith(ColumnarImport.FOLDER_PREFIX))::iterator) {
                try {
                    ColumnarManifest manifest = ColumnarManifest.read(child);
                    if (manifest.sourceFiles().equals(stamp)) {
                        return Optional.of(new ColumnarDataSet(child, manifest));
                    }
                    if (namesAndSizes(manifest.sourceFiles()).equals(sizes)) {
                        sameSizes.add(new ColumnarDataSet(child, manifest));
                    }
                } catch (IOException e) {
                    // not a complete copy: skip it
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (sameSizes.isEmpty()) {
            return Optional.empty();
        }
        String sourceFingerprint = fingerprint.get();
        return sameSizes.stream().filter(copy -> copy.manifest().sourceFingerprint().equals(sourceFingerprint))
                .findFirst();
    }

    /**
     * The columnar copy beside a workspace's CSV copy: a {@code parquet-*} folder in the same parent whose manifest
     * names exactly this folder and whose files are unchanged since (names, sizes, times). Costs a few file
     * attributes, never a hash.
     */
    public static Optional<ColumnarDataSet> beside(Path csvFolder) {
        Path folder = csvFolder.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(parent)) {
            for (Path child : (Iterable<Path>) children.sorted()
                    .filter(p -> p.getFileName().toString().startsWith(ColumnarImport.FOLDER_PREFIX))::iterator) {
                try {
                    ColumnarManifest manifest = ColumnarManifest.read(child);
                    if (manifest.sourceFolder().equals(folder.toString()) && manifest.stampMatches(folder)) {
                        return Optional.of(new ColumnarDataSet(child, manifest));
                    }
                } catch (IOException e) {
                    // not a complete copy
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> namesAndSizes(List<ColumnarManifest.SourceFile> files) {
        return files.stream().map(f -> f.name() + "\u0000" + f.bytes()).toList();
    }
}
