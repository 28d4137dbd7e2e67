package com.retailstudio.layout.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.engine.StoreAnalysis;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.ZoneMetrics;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a generated store with enough tracked visits, the per-zone conversion (dwelling visits joined to a basket with
 * the zone's category) recovers the planted P(buys | dwells in the zone).
 */
class ZoneConversionRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void conversionPerCategoryZoneMatchesThePlantedRate() throws IOException {
        GeneratorConfig config = GeneratorConfig.defaults().withCustomers(60_000).withStores(1).withDays(28)
                .withProducts(60);
        long start = System.nanoTime();
        DataGenerator.generate(config, folder, GenerationProgress.NONE);
        LayoutData data = LayoutDataReader.read(folder);
        StoreAnalysis analysis = StoreAnalysis.of(data, "S001", ZoneMetricsSettings.DEFAULTS);
        JsonNode planted = new ObjectMapper().readTree(folder.resolve("truth.json").toFile()).get("zone_conversion");
        int checked = 0;
        StringBuilder report = new StringBuilder();
        for (ZoneMetrics z : analysis.zoneMetrics(TimeFilter.ALL)) {
            JsonNode rate = planted.get("S001/" + z.zoneId());
            if (rate == null) {
                continue;
            }
            checked++;
            report.append(String.format(Locale.ROOT, "%s %s planted %.3f found %.3f (%d dwells)%n",
                    z.zoneId(), z.category().orElse(""), rate.asDouble(), z.conversionRate(), z.dwells()));
            // 700 to 2,200 dwells per zone: a binomial standard error of 1-2 points; measured errors are at most 0.036
            assertTrue(z.dwells() > 150, report.toString());
            assertEquals(rate.asDouble(), z.conversionRate(), 0.05, report.toString());
        }
        assertEquals(10, checked);
        System.out.print(report + "seconds: " + (System.nanoTime() - start) / 1e9 + "\n");
    }
}
