package com.retailstudio.layout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.layout.model.Daypart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model runs without a stage: work and publishing run on the test thread. */
class StoreLayoutViewModelTest {

    @TempDir
    static Path sample;

    @BeforeAll
    static void extract() throws IOException {
        BundledSample.extractTo(sample);
    }

    private final List<String> titles = new ArrayList<>();
    private final StoreLayoutViewModel model = new StoreLayoutViewModel((title, work) -> {
        titles.add(title);
        work.run();
    }, Runnable::run);

    @Test
    void followingTheActiveDataSetLoadsItsStoresAndAnalysesTheFirst() {
        SimpleObjectProperty<Path> active = new SimpleObjectProperty<>();
        model.follow(active, path -> path);
        assertTrue(model.stores().isEmpty(), "nothing to load before a data set is active");
        active.set(sample);
        assertEquals(3, model.stores().size());
        assertEquals("S001", model.storeProperty().get().storeId());
        StoreLayoutViewModel.Snapshot snapshot = model.snapshotProperty().get();
        assertNotNull(snapshot);
        assertEquals("S001", snapshot.plan().storeId());
        assertEquals(12, snapshot.zones().size());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of("Reading store layouts", "Analysing store S001"), titles);
    }

    @Test
    void switchingDaypartRecomputesWithTheSameStore() {
        model.load(sample);
        int allVisits = model.snapshotProperty().get().visits();
        model.daypartProperty().set(Daypart.SATURDAY);
        StoreLayoutViewModel.Snapshot saturday = model.snapshotProperty().get();
        assertEquals(Daypart.SATURDAY, saturday.filter().daypart());
        assertTrue(saturday.visits() > 0 && saturday.visits() < allVisits);
        assertTrue(model.messageProperty().get().startsWith(saturday.visits() + " visits"),
                model.messageProperty().get());
    }

    @Test
    void switchingStoreAnalysesTheNewOneAndHoverDescribesAZone() {
        model.load(sample);
        model.storeProperty().set(model.stores().get(1));
        assertEquals("S002", model.snapshotProperty().get().plan().storeId());
        model.hoveredZoneProperty().set("Z01");
        assertTrue(model.hoverText().startsWith("entrance · Z01"), model.hoverText());
        model.metricProperty().set(ZoneMetric.CONVERSION);
        assertEquals(10, model.metricByZone().size(), "conversion only for the ten category zones");
        model.metricProperty().set(ZoneMetric.VISITS);
        assertEquals(12, model.metricByZone().size());
    }

    @Test
    void anUnreadableFolderSaysSoAndStopsBeingBusy(@TempDir Path empty) {
        model.load(empty);
        assertFalse(model.busyProperty().get());
        assertTrue(model.messageProperty().get().startsWith("The data set cannot be read"),
                model.messageProperty().get());
    }
}
