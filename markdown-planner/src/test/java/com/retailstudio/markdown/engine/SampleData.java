package com.retailstudio.markdown.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The bundled sample, loaded once per test JVM, with its planted elasticities. */
final class SampleData {

    private static DataSet data;
    private static Map<String, Double> elasticities;

    private SampleData() {
    }

    static synchronized DataSet data() {
        load();
        return data;
    }

    static synchronized Map<String, Double> plantedElasticities() {
        load();
        return elasticities;
    }

    private static void load() {
        if (data != null) {
            return;
        }
        try {
            Path folder = Files.createTempDirectory("markdown-sample");
            BundledSample.extractTo(folder);
            data = DataSetLoader.load(folder);
            JsonNode truth = new ObjectMapper().readTree(folder.resolve("truth.json").toFile());
            Map<String, Double> e = new HashMap<>();
            truth.get("elasticities").fields().forEachRemaining(f -> e.put(f.getKey(), f.getValue().asDouble()));
            elasticities = e;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
