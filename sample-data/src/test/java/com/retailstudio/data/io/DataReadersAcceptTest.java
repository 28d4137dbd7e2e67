package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataReadersAcceptTest {

    @TempDir
    Path folder;

    private static <T> List<T> all(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @Test
    void readsEveryCustomerFieldIntoTypedValues() {
        Path file = SampleFolder.writeFile(folder, DataFile.CUSTOMERS, SampleFolder.valid().text(DataFile.CUSTOMERS));

        List<Customer> customers = all(DataReaders.customers(file));

        assertEquals(3, customers.size());
        assertEquals(new Customer("C1", LocalDate.of(2024, 1, 15), "GB", ZoneId.of("Europe/London"), LoyaltyTier.GOLD,
                AgeBand.AGE_25_34, 0.3, Channel.EMAIL, 1250.50, Optional.of(LocalDate.of(1995, 5, 10))), customers.get(0));
        assertEquals(AgeBand.AGE_65_PLUS, customers.get(2).ageBand());
        assertEquals(Optional.of(LocalDate.of(1948, 2, 29)), customers.get(2).birthDate());
    }

    @Test
    void acceptsByteOrderMarkCrlfLineEndsAndQuotedCommasAndQuotes() throws Exception {
        String text = "\uFEFFstore_id,name,city,timezone,width_m,depth_m,price_cluster\r\n"
                + "S1,\"Leeds, Briggate\",Leeds,Europe/London,20,10,north\r\n"
                + "S2,\"The \"\"Big\"\" One\",York,Europe/London,35.5,12.25,\"north,east\"\r\n";
        Path file = folder.resolve("stores.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));

        List<Store> stores = all(DataReaders.stores(file));

        assertEquals(List.of(
                new Store("S1", "Leeds, Briggate", "Leeds", ZoneId.of("Europe/London"), 20, 10, "north"),
                new Store("S2", "The \"Big\" One", "York", ZoneId.of("Europe/London"), 35.5, 12.25, "north,east")), stores);
    }

    @Test
    void ignoresUnknownColumnsAndAcceptsReorderedColumns() {
        Path file = SampleFolder.writeFile(folder, DataFile.PRODUCTS, """
                fixture_stock,notes,product_id,season_end,name,season_start,category,unit_cost,full_price,salvage_rate,supplier
                12,"ignored, really",P1,2026-08-31,Linen shirt,2026-03-01,shirts,18.00,49.99,0.2,ACME
                """);

        List<Product> products = all(DataReaders.products(file));

        assertEquals(List.of(new Product("P1", "Linen shirt", "shirts", 49.99, 18.0, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 8, 31), 0.2, 12)), products);
    }

    @Test
    void readsEmptyOptionalFieldsAsEmptyAndFilledOnesAsValues() {
        Path file = SampleFolder.writeFile(folder, DataFile.EVENTS, SampleFolder.valid().text(DataFile.EVENTS));

        List<Event> events = all(DataReaders.events(file));

        assertEquals(new Event("E3", Instant.parse("2026-03-01T10:00:00Z"), "C2", EventType.PRODUCT_VIEW, Channel.WEB,
                Optional.empty(), Optional.empty(), Optional.of("P1"), OptionalDouble.empty()), events.get(2));
        assertEquals(new Event("E4", Instant.parse("2026-03-02T10:00:00Z"), "C1", EventType.PURCHASE, Channel.WEB,
                Optional.of(MessageKind.PROMOTION), Optional.of("M1"), Optional.of("P1"), OptionalDouble.of(49.99)), events.get(3));
    }

    @Test
    void acceptsOptionalColumnMissingFromHeaderAsAlwaysEmpty() {
        Path file = SampleFolder.writeFile(folder, DataFile.EVENTS, """
                event_id,timestamp,customer_id,event_type,channel,message_kind
                E1,2026-03-01T09:00:00Z,C1,page_view,web,
                """);

        Event event = all(DataReaders.events(file)).get(0);

        assertEquals(Optional.empty(), event.productId());
        assertEquals(OptionalDouble.empty(), event.value());
    }

    @Test
    void acceptsQuotedFieldSpanningLinesAndSkipsBlankLines() {
        Path file = SampleFolder.writeFile(folder, DataFile.STORES, """
                store_id,name,city,timezone,width_m,depth_m,price_cluster
                S1,"Leeds
                Briggate",Leeds,Europe/London,20,10,north

                S2,York,York,Europe/London,20,10,north
                """);

        List<Store> stores = all(DataReaders.stores(file));

        assertEquals(2, stores.size());
        assertEquals("Leeds\nBriggate", stores.get(0).name());
        assertEquals("S2", stores.get(1).storeId());
    }

    @Test
    void acceptsTimestampsWithFractionalSecondsAndDecimalsWithExponent() {
        Path file = SampleFolder.writeFile(folder, DataFile.EVENTS, """
                event_id,timestamp,customer_id,event_type,channel,message_kind,message_id,product_id,value
                E1,2026-03-01T09:00:00.250Z,C1,purchase,web,,,P1,1.5E2
                """);

        Event event = all(DataReaders.events(file)).get(0);

        assertEquals(Instant.parse("2026-03-01T09:00:00.250Z"), event.timestamp());
        assertEquals(OptionalDouble.of(150.0), event.value());
    }

    @Test
    void streamsLazilySoRowsBeforeABadRowAreDelivered() {
        Path file = SampleFolder.writeFile(folder, DataFile.STORES, """
                store_id,name,city,timezone,width_m,depth_m,price_cluster
                S1,Leeds,Leeds,Europe/London,20,10,north
                S2,York,York,Europe/London,wide,10,north
                """);

        try (Stream<Store> stores = DataReaders.stores(file)) {
            assertTrue(stores.findFirst().isPresent());
        }
    }
}
