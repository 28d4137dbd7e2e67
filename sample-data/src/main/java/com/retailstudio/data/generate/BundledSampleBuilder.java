package com.retailstudio.data.generate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build-time entry point (exec-maven-plugin, phase process-classes) that generates the {@link BundledSample} into
 * the given folder of the class output, replacing what an earlier build left there. Argument: the target folder.
 */
public final class BundledSampleBuilder {

    private BundledSampleBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: BundledSampleBuilder <output folder>");
        }
        Path folder = Path.of(args[0]);
        DataGenerator.deleteRecursively(folder);
        DataGenerator.generate(BundledSample.CONFIG, folder, GenerationProgress.NONE);
    }
}
