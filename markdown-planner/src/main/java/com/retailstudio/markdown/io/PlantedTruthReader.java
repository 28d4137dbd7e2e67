package com.retailstudio.markdown.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads the planted demand parameters from a generated data set's truth.json. */
public final class PlantedTruthReader {

    /**
     * @param elasticities planted price elasticity per product id
     * @param theta        planted broken-assortment exponent
     */
    public record PlantedDemand(Map<String, Double> elasticities, double theta) {
    }

    private PlantedTruthReader() {
    }

    public static PlantedDemand read(Path truthJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(truthJson.toFile());
        Map<String, Double> e = new HashMap<>();
        JsonNode el = root.get("elasticities");
        if (el == null || root.get("inventory_effect_theta") == null) {
            throw new IOException(truthJson + " has no elasticities or inventory_effect_theta");
        }
        el.fields().forEachRemaining(f -> e.put(f.getKey(), f.getValue().asDouble()));
        return new PlantedDemand(Map.copyOf(e), root.get("inventory_effect_theta").asDouble());
    }
}
