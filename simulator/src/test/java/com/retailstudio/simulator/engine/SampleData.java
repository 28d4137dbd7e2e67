package com.retailstudio.simulator.engine;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample, extracted and loaded once for all tests of the module. */
final class SampleData {
    private static Path folder;
    private static CustomerData data;
    private static DataSet dataSet;

    private SampleData() {
    }

    static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("simulator-sample");
                BundledSample.extractTo(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    static synchronized CustomerData data() {
        if (data == null) {
            data = CustomerData.of(dataSet());
        }
        return data;
    }

    static synchronized DataSet dataSet() {
        if (dataSet == null) {
            dataSet = DataSetLoader.load(folder());
        }
        return dataSet;
    }
}
