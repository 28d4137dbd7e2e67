package com.retailstudio.app.explore;

import com.retailstudio.data.generate.BundledSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled sample read the plain way, line by line and field by field, to check the explorer's Tablesaw figures
 * against an independent computation (the sample's files have no quoted fields).
 */
final class SampleCsv {

    private SampleCsv() {
    }

    static Path extract(Path folder) throws IOException {
        BundledSample.extractTo(folder);
        return folder;
    }

    /** Every data row's fields, empty fields kept. */
    static List<String[]> rows(Path folder, String fileName) {
        try {
            return Files.readAllLines(folder.resolve(fileName)).stream().skip(1).map(line -> line.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int column(Path folder, String fileName, String column) {
        try {
            String header = Files.readAllLines(folder.resolve(fileName)).get(0);
            return Arrays.asList(header.split(",")).indexOf(column);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
