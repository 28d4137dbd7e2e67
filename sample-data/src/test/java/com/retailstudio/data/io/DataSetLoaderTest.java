package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.MessageKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetLoaderTest {

    @TempDir
    Path folder;

    @Test
    void loadsEveryFileOfAValidFolder() {
        DataSet data = DataSetLoader.load(SampleFolder.valid().writeTo(folder));

        assertEquals(3, data.customers().size());
        assertEquals(4, data.consents().size());
        assertEquals(4, data.events().size());
        assertEquals(2, data.products().size());
        assertEquals(1, data.stores().size());
        assertEquals(3, data.zones().size());
        assertEquals(3, data.weeklySales().size());
        assertEquals(3, data.basketLines().size());
        assertEquals(3, data.footTraffic().size());
    }

    @Test
    void eventTableResolvesCustomerAndProductIndexesAndRebuildsRecords() {
        DataSet data = DataSetLoader.load(SampleFolder.valid().writeTo(folder));
        EventTable events = data.events();

        assertEquals(1, events.customerIndex(2));
        assertEquals("C2", data.customers().get(events.customerIndex(2)).customerId());
        assertEquals(0, events.productIndex(3));
        assertEquals(-1, events.productIndex(0));
        assertEquals(EventType.PURCHASE, events.eventType(3));
        assertEquals(Optional.of(MessageKind.PROMOTION), events.messageKind(3));
        assertEquals(OptionalDouble.of(49.99), events.value(3));
        assertEquals(OptionalDouble.empty(), events.value(2));
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), events.timestamp(3));
        try (var rows = DataReaders.events(folder.resolve("events.csv"))) {
            assertEquals(rows.toList(), events.stream().toList());
        }
    }

    @Test
    void trafficTableKeepsReadingsWithStoreIndexes() {
        DataSet data = DataSetLoader.load(SampleFolder.valid().writeTo(folder));
        TrafficTable traffic = data.footTraffic();

        assertEquals(0, traffic.storeIndex(1));
        assertEquals("V1", traffic.visitId(1));
        assertEquals(6.0, traffic.xM(1));
        assertEquals(2.5, traffic.yM(1));
        try (var rows = DataReaders.footTraffic(folder.resolve("foot_traffic.csv"))) {
            assertEquals(rows.toList(), traffic.stream().toList());
        }
    }

    @Test
    void rejectsUnknownCustomerReferenceInEventsWithLineNumber() {
        SampleFolder.valid().withLine(DataFile.EVENTS, 4, "E3,2026-03-01T10:00:00Z,C9,product_view,web,,,P1,").writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals("events.csv line 4, column customer_id: \"C9\" is not a known customer (no such customer_id in customers.csv)",
                e.getMessage());
        assertEquals(ProblemKind.UNKNOWN_REFERENCE, e.kind());
    }

    @Test
    void rejectsUnknownCustomerInConsentsAndAcceptsAnonymousBasket() {
        SampleFolder.valid().withExtraLine(DataFile.CONSENTS, "C4,sms_marketing,true,2025-01-01T00:00:00Z").writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals("consents.csv", e.fileName());
        assertEquals(6, e.line());
        assertEquals(Optional.of("customer_id"), e.column());
    }

    @Test
    void rejectsUnknownProductReferenceInWeeklySales() {
        SampleFolder.valid().withLine(DataFile.SALES_WEEKLY, 3, "S1,P7,2026-03-09,39.99,12,33").writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals("sales_weekly.csv line 3, column product_id: \"P7\" is not a known product (no such product_id in products.csv)",
                e.getMessage());
    }

    @Test
    void rejectsUnknownProductReferenceInEvents() {
        SampleFolder.valid().withLine(DataFile.EVENTS, 4, "E3,2026-03-01T10:00:00Z,C2,product_view,web,,,P404,").writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals(ProblemKind.UNKNOWN_REFERENCE, e.kind());
        assertEquals("events.csv:4:product_id", e.problem().location());
    }

    @Test
    void rejectsUnknownStoreReferenceInFootTraffic() {
        SampleFolder.valid().withLine(DataFile.FOOT_TRAFFIC, 3, "S2,V1,2026-03-02T11:00:05Z,6.0,2.5").writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals("foot_traffic.csv:3:store_id", e.problem().location());
        assertEquals(ProblemKind.UNKNOWN_REFERENCE, e.kind());
    }

    @Test
    void rejectsUnknownStoreAndCustomerReferencesInBaskets() {
        SampleFolder.valid().withLine(DataFile.BASKETS, 4, "T2,S1,2026-03-02T12:30:00Z,C77,P1,1,49.99").writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals("baskets.csv:4:customer_id", e.problem().location());
    }

    @Test
    void rejectsZoneReachingBeyondTheStoreFloor() {
        SampleFolder.valid().withLine(DataFile.ZONES, 4, "S1,Z3,checkout,,16,8,4.5,2").writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals("zones.csv line 4, column width_m: zone reaches x = 20.5 m, beyond the store's width of 20 m", e.getMessage());
    }

    @Test
    void rejectsTrafficReadingOutsideTheStoreFloor() {
        SampleFolder.valid().withLine(DataFile.FOOT_TRAFFIC, 4, "S1,V2,2026-03-02T11:01:00Z,20,10.01").writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals("foot_traffic.csv line 4, column y_m: \"10.01\" is outside the store (depth 10 m)", e.getMessage());
    }

    @Test
    void streamingReaderChecksReferencesAgainstAGivenIndex() {
        Path events = SampleFolder.writeFile(folder, DataFile.EVENTS, SampleFolder.valid().text(DataFile.EVENTS));
        ReferenceIndex known = ReferenceIndex.empty();
        known.add(Reference.CUSTOMER, "C1");
        known.markLoaded(Reference.CUSTOMER);

        DataFormatException e = assertThrows(DataFormatException.class, () -> {
            try (var rows = DataReaders.events(events, known)) {
                rows.forEach(row -> { });
            }
        });

        assertEquals("events.csv:4:customer_id", e.problem().location());
    }

    @Test
    void rejectsFolderWithoutAFile() {
        SampleFolder.valid().without(DataFile.BASKETS).writeTo(folder);

        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.load(folder));

        assertEquals(ProblemKind.MISSING_FILE, e.kind());
        assertEquals("baskets.csv", e.fileName());
    }

    @Test
    void validateAcceptsAValidFolderAndRejectsABrokenOneLikeLoad() {
        SampleFolder.valid().writeTo(folder);
        assertDoesNotThrow(() -> DataSetLoader.validate(folder));

        SampleFolder.valid().withLine(DataFile.EVENTS, 4, "E3,2026-03-01T10:00:00Z,C9,product_view,web,,,P1,").writeTo(folder);
        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSetLoader.validate(folder));
        assertEquals("events.csv:4:customer_id", e.problem().location());
    }
}
