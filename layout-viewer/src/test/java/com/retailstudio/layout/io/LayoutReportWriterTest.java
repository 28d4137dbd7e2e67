package com.retailstudio.layout.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.layout.engine.StoreAnalysis;
import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.Viridis;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutReportWriterTest {

    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void writesAHeatmapAndThreeJsonFilesForOneStore() throws IOException {
        BundledSample.extractTo(data);
        StoreAnalysis analysis = StoreAnalysis.of(LayoutDataReader.read(data), "S002", ZoneMetricsSettings.DEFAULTS);
        LayoutReportWriter.Written written = LayoutReportWriter.write(analysis,
                LayoutReportWriter.Options.defaults(TimeFilter.ALL.withDaypart(Daypart.SATURDAY)), out);
        assertEquals(4, written.files().size());

        BufferedImage png = ImageIO.read(out.resolve("heatmap.png").toFile());
        // 69.5 m × 49.5 m at 16 px/m plus margins, header and legend
        assertEquals(1112 + 48, png.getWidth());
        assertEquals(792 + 44 + 56 + 24, png.getHeight());

        ObjectMapper json = new ObjectMapper();
        JsonNode zones = json.readTree(out.resolve("zones.json").toFile());
        assertEquals(1, zones.get("schemaVersion").asInt());
        assertEquals("S002", zones.get("storeId").asText());
        assertEquals("Europe/Berlin", zones.get("timeZone").asText());
        assertEquals("saturday", zones.get("filter").get("daypart").asText());
        assertEquals(12, zones.get("zones").size(), "entrance, checkout and ten category zones");
        JsonNode first = zones.get("zones").get(0);
        assertEquals("entrance", first.get("zoneType").asText());
        assertTrue(first.get("visits").asInt() > 0);
        assertEquals(written.visits(), first.get("visits").asInt(), "every visit starts at the entrance");

        JsonNode affinity = json.readTree(out.resolve("affinity.json").toFile());
        assertEquals(written.baskets(), affinity.get("baskets").asInt());
        JsonNode top = affinity.get("pairs").get(0);
        assertTrue(top.get("lift").asDouble() > 1.5, top.toString());

        JsonNode recommendations = json.readTree(out.resolve("recommendations.json").toFile());
        assertEquals(0.06, recommendations.get("model").get("rho").asDouble());
        for (JsonNode r : recommendations.get("recommendations")) {
            assertTrue(r.get("expectedExtraCoPurchases").asDouble() > 0);
            assertTrue(r.get("distanceAfterM").asDouble() < r.get("distanceM").asDouble());
        }
    }

    @Test
    void viridisRunsFromDarkPurpleToYellow() {
        assertEquals(0x440154, Viridis.rgb(0));
        assertEquals(0xfde725, Viridis.rgb(1));
        assertEquals(0x21918c, Viridis.rgb(0.5));
        assertEquals(0x440154, Viridis.rgb(-3));
    }
}
