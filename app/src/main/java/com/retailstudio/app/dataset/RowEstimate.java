package com.retailstudio.app.dataset;

import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * About how many rows an import will report for a folder, for its progress bar only: each file's size over the mean
 * length of its first lines, consents and events counted twice (they are written again partition by partition). It
 * reads 64 KiB of each file, so the import's one pass over the rows stays the only one.
 */
final class RowEstimate {

    private static final int SAMPLE_BYTES = 64 * 1024;

    private RowEstimate() {
    }

    static long ofFolder(Path folder) {
        long rows = 0;
        for (DataFile file : DataFile.values()) {
            Path csv = folder.resolve(file.fileName());
            if (Files.isRegularFile(csv)) {
                long estimate = ofFile(csv);
                rows += file == DataFile.EVENTS || file == DataFile.CONSENTS ? 2 * estimate : estimate;
            }
        }
        return rows;
    }

    private static long ofFile(Path csv) {
        try (InputStream in = Files.newInputStream(csv)) {
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            long lines = 0;
            for (byte b : sample) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (lines == 0) {
                return 1;
            }
            return Math.max(1, Files.size(csv) * lines / sample.length);
        } catch (IOException e) {
            return 1; // the import itself will say what is wrong with the file
        }
    }
}
