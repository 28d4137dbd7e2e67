package com.retailstudio.layout.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.layout.engine.BasketAffinityCalculator;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.engine.StoreBaskets;
import com.retailstudio.layout.engine.StoreTraffic;
import com.retailstudio.layout.engine.TillBasket;
import com.retailstudio.layout.engine.VisitBasketJoin;
import com.retailstudio.layout.engine.ZoneMetricsCalculator;
import com.retailstudio.layout.model.CategoryAffinity;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the bundled sample (generated, seed 42), layout analytics recovers what the generator planted. */
class GeneratedDataRecoveryTest {

    @TempDir
    static Path folder;
    static LayoutData data;
    static JsonNode truth;

    @BeforeAll
    static void readSample() throws IOException {
        BundledSample.extractTo(folder);
        data = LayoutDataReader.read(folder);
        truth = new ObjectMapper().readTree(folder.resolve("truth.json").toFile());
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
    }

    @Test
    void theStrongestPairsAreExactlyThePlantedOnesWithLiftsCloseToThePlantedValues() {
        List<TillBasket> all = new ArrayList<>();
        for (StoreBaskets b : data.baskets().values()) {
            all.addAll(b.all());
        }
        List<CategoryAffinity> pairs = BasketAffinityCalculator.compute(data.categories(), all, 0.01);
        Set<String> planted = new HashSet<>();
        for (JsonNode p : truth.get("category_affinity")) {
            planted.add(key(p.get("a").asText(), p.get("b").asText()));
        }
        Set<String> top = new HashSet<>();
        for (CategoryAffinity p : pairs.subList(0, planted.size())) {
            top.add(key(p.categoryA(), p.categoryB()));
        }
        assertEquals(planted, top);
        for (JsonNode p : truth.get("category_affinity")) {
            String k = key(p.get("a").asText(), p.get("b").asText());
            CategoryAffinity found = pairs.stream().filter(a -> key(a.categoryA(), a.categoryB()).equals(k))
                    .findFirst().orElseThrow();
            double plantedLift = p.get("lift").asDouble();
            System.out.printf(Locale.ROOT, "%s planted lift %.3f, recovered %.3f (support %.3f, %d baskets)%n",
                    k, plantedLift, found.lift(), found.support(), found.baskets());
            assertEquals(plantedLift, found.lift(), 0.15 * plantedLift, k);
        }
        System.out.printf(Locale.ROOT, "fifth pair %s+%s lift %.3f%n", pairs.get(planted.size()).categoryA(),
                pairs.get(planted.size()).categoryB(), pairs.get(planted.size()).lift());
        // the fifth pair is unrelated: its lift is near the independence level, far below every planted one
        assertTrue(pairs.get(planted.size()).lift() < 1.3, "fifth lift " + pairs.get(planted.size()).lift());
    }

    @Test
    void precomputedPassByMasksGiveTheSameMetricsAsTheDirectGeometry() {
        for (String id : data.storeIds()) {
            StoreTraffic traffic = data.traffic().get(id);
            StoreBaskets baskets = data.baskets().get(id);
            boolean[] all = traffic.visitsIn(TimeFilter.ALL);
            int[] joined = VisitBasketJoin.join(traffic, baskets, 10);
            var settings = ZoneMetricsSettings.DEFAULTS;
            assertEquals(
                    ZoneMetricsCalculator.compute(traffic, all, baskets, joined,
                            baskets.all(), settings, null),
                    ZoneMetricsCalculator.compute(traffic, all, baskets, joined,
                            baskets.all(), settings,
                            ZoneMetricsCalculator.nearMasks(traffic, 1.5)));
        }
    }

    @Test
    void everyStoreHasAPlanTrafficAndBaskets() {
        assertEquals(List.of("S001", "S002", "S003"), data.storeIds());
        for (String id : data.storeIds()) {
            assertTrue(data.traffic().get(id).readingCount() > 1000, id);
            assertTrue(data.baskets().get(id).all().size() > 500, id);
        }
    }
}
