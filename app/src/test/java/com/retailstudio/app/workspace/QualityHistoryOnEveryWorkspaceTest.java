package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.app.quality.FileFigures;
import com.retailstudio.app.quality.ImportQuality;
import com.retailstudio.data.quality.DateRange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each import's quality figures are kept with its data set and read back exactly, on a folder and on a server. */
@OnBothWorkspaces
class QualityHistoryOnEveryWorkspaceTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private static Map<String, Double> shares(Object... columnsAndShares) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int index = 0; index < columnsAndShares.length; index += 2) {
            shares.put((String) columnsAndShares[index], (Double) columnsAndShares[index + 1]);
        }
        return shares;
    }

    @Test
    void everyRegisteredImportReadsBackWithItsFilesColumnsAndDatesInOrder(TestWorkspaces workspaces) {
        FileFigures customers = new FileFigures("customers.csv", 2_000, shares("customer_id", 0.0, "signup_date", 0.0),
                Optional.of(new DateRange(Instant.parse("2024-01-15T00:00:00Z"), Instant.parse("2026-02-28T00:00:00Z"))));
        FileFigures stores = new FileFigures("stores.csv", 3, shares("store_id", 0.0), Optional.empty());
        FileFigures events = new FileFigures("events.csv", 90_000,
                shares("event_id", 0.0, "timestamp", 0.0, "product_id", 0.4125, "value", 0.875),
                Optional.of(new DateRange(Instant.parse("2026-01-01T00:00:01.250Z"),
                        Instant.parse("2026-03-01T23:59:58Z"))));
        FileFigures fewerEvents = new FileFigures("events.csv", 30_000,
                shares("event_id", 0.0, "timestamp", 0.0, "product_id", 0.61, "value", 0.875),
                Optional.of(new DateRange(Instant.parse("2026-01-08T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z"))));

        Workspace workspace = workspaces.open(Clock.fixed(MONDAY, ZoneOffset.UTC));
        RegisteredDataSet first = workspace.dataSets()
                .register("week 9", Path.of("/data/week9"), "a".repeat(64), List.of(customers, stores, events));
        RegisteredDataSet without = workspace.dataSets()
                .register("registered without figures", Path.of("/data/other"), "c".repeat(64));
        RegisteredDataSet second = workspace.dataSets()
                .register("week 10", Path.of("/data/week10"), "b".repeat(64), List.of(fewerEvents, customers));

        List<ImportQuality> history = workspace.qualityHistory().list();

        assertEquals(List.of(
                new ImportQuality(first.id(), "week 9", first.importedAt(), List.of(customers, stores, events)),
                new ImportQuality(second.id(), "week 10", second.importedAt(), List.of(fewerEvents, customers))),
                history);
        assertEquals(List.of("event_id", "timestamp", "product_id", "value"),
                List.copyOf(history.get(0).file("events.csv").orElseThrow().missingShares().keySet()));
        assertEquals(1_500, history.get(0).file("events.csv").orElseThrow().rowsPerDay().getAsDouble(), 1e-9);
        assertEquals(3, workspace.dataSets().list().size(), "the one without figures is registered: "
                + without);
    }
}
