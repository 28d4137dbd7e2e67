package com.retailstudio.data.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The small data set shipped inside the sample-data jar (3,000 customers, 90 days, 300 products, 3 stores, seed 42).
 * It is generated at build time by {@link BundledSampleBuilder}, never committed, and copied out with
 * {@link #extractTo(Path)}.
 */
public final class BundledSample {

    /** The config the bundled sample is generated with. */
    public static final GeneratorConfig CONFIG = GeneratorConfig.defaults().withCustomers(3_000);

    /** Class-path folder holding the bundled files. */
    public static final String RESOURCE_FOLDER = "/com/retailstudio/data/sample/";

    private BundledSample() {
    }

    /** Names of the bundled files: the nine contract CSV files and truth.json. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>(DataSetFiles.CSV_FILES);
        names.add(DataSetFiles.TRUTH);
        return List.copyOf(names);
    }

    /** Whether the bundled files are on the class path (they are missing only in a build that skipped them). */
    public static boolean isAvailable() {
        return fileNames().stream().allMatch(name -> BundledSample.class.getResource(RESOURCE_FOLDER + name) != null);
    }

    /**
     * Copies the bundled files into {@code folder} (created if needed, existing files of the same names replaced)
     * and returns the written paths in {@link #fileNames()} order.
     *
     * @throws IllegalStateException when the bundled files are not on the class path
     */
    public static List<Path> extractTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String name : fileNames()) {
            try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled sample file " + name + " is missing from the class "
                            + "path; build sample-data with its process-classes phase to generate it");
                }
                Path target = folder.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
            }
        }
        return List.copyOf(written);
    }
}
