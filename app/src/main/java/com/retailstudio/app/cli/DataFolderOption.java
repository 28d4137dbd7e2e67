package com.retailstudio.app.cli;

import com.retailstudio.data.generate.BundledSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The `--data DIR|sample` option: a folder of contract CSV files, or the sample bundled with the application. */
final class DataFolderOption {

    static final String SAMPLE = "sample";

    @Option(names = "--data", required = true, paramLabel = "DIR|sample",
            description = "Folder of data-set CSV files, or 'sample' for the bundled sample.")
    private String data;

    /** The folder to read; the bundled sample is copied to a temporary folder first. */
    Path resolve() {
        return resolve(data);
    }

    /** The folder named by a {@code DIR|sample} value; the bundled sample is copied to a temporary folder first. */
    static Path resolve(String data) {
        if (SAMPLE.equals(data)) {
            try {
                Path folder = Files.createTempDirectory("retail-studio-sample");
                BundledSample.extractTo(folder);
                return folder;
            } catch (IOException e) {
                throw new CommandFailure("Could not copy the bundled sample to a temporary folder: " + e.getMessage(), e);
            }
        }
        Path folder = Path.of(data);
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("The data folder " + folder.toAbsolutePath() + " does not exist or is not a folder.");
        }
        return folder;
    }
}
