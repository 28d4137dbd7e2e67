package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataReadersRejectTest {

    @TempDir
    Path folder;

    /** Reads the whole file and returns the error it must raise. */
    private DataFormatException rejection(DataFile file, String text, Function<Path, Stream<?>> reader) {
        Path path = SampleFolder.writeFile(folder, file, text);
        return assertThrows(DataFormatException.class, () -> {
            try (Stream<?> rows = reader.apply(path)) {
                rows.forEach(row -> { });
            }
        });
    }

    private static void assertProblem(DataFormatException e, String file, long line, String column, ProblemKind kind) {
        assertEquals(file, e.fileName(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(Optional.ofNullable(column), e.column(), e.getMessage());
        assertEquals(kind, e.kind(), e.getMessage());
    }

    private static String events(String... rows) {
        return "event_id,timestamp,customer_id,event_type,channel,message_kind,message_id,product_id,value\n"
                + String.join("\n", rows) + "\n";
    }

    @Test
    void rejectsInvalidTimestampNamingFileLineColumnAndReasonInOneSentence() {
        DataFormatException e = rejection(DataFile.EVENTS, events(
                "E1,2026-03-01T09:00:00Z,C1,page_view,web,,,,",
                "E2,2026-13-01,C1,page_view,web,,,,"), DataReaders::events);

        assertEquals("events.csv line 3, column timestamp: \"2026-13-01\" is not an ISO-8601 UTC timestamp", e.getMessage());
        assertProblem(e, "events.csv", 3, "timestamp", ProblemKind.WRONG_TYPE);
    }

    @Test
    void rejectsTimestampWithOffsetInsteadOfZ() {
        DataFormatException e = rejection(DataFile.EVENTS, events("E1,2026-03-01T09:00:00+01:00,C1,page_view,web,,,,"),
                DataReaders::events);

        assertProblem(e, "events.csv", 2, "timestamp", ProblemKind.WRONG_TYPE);
    }

    @Test
    void rejectsMissingRequiredColumnOnLineOne() {
        DataFormatException e = rejection(DataFile.CONSENTS, """
                customer_id,purpose,updated_at
                C1,email_marketing,2025-01-01T00:00:00Z
                """, DataReaders::consents);

        assertEquals("consents.csv line 1, column granted: the header lacks this required column", e.getMessage());
        assertProblem(e, "consents.csv", 1, "granted", ProblemKind.MISSING_COLUMN);
    }

    @Test
    void rejectsColumnNamedTwiceInHeader() {
        DataFormatException e = rejection(DataFile.CONSENTS, """
                customer_id,purpose,granted,granted,updated_at
                C1,email_marketing,true,false,2025-01-01T00:00:00Z
                """, DataReaders::consents);

        assertProblem(e, "consents.csv", 1, "granted", ProblemKind.DUPLICATE_COLUMN);
    }

    @Test
    void rejectsEmptyFile() {
        DataFormatException e = rejection(DataFile.STORES, "", DataReaders::stores);

        assertProblem(e, "stores.csv", 1, null, ProblemKind.MALFORMED_ROW);
    }

    @Test
    void rejectsMissingFile() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> DataReaders.stores(folder.resolve("stores.csv")));

        assertProblem(e, "stores.csv", 0, null, ProblemKind.MISSING_FILE);
    }

    @Test
    void rejectsEmptyValueInRequiredColumn() {
        DataFormatException e = rejection(DataFile.CONSENTS, """
                customer_id,purpose,granted,updated_at
                C1,email_marketing,,2025-01-01T00:00:00Z
                """, DataReaders::consents);

        assertProblem(e, "consents.csv", 2, "granted", ProblemKind.MISSING_VALUE);
    }

    @Test
    void rejectsNonBooleanGranted() {
        DataFormatException e = rejection(DataFile.CONSENTS, """
                customer_id,purpose,granted,updated_at
                C1,email_marketing,yes,2025-01-01T00:00:00Z
                """, DataReaders::consents);

        assertEquals("consents.csv line 2, column granted: \"yes\" is not a boolean (true or false)", e.getMessage());
    }

    @Test
    void rejectsUnparseableDate() {
        DataFormatException e = rejection(DataFile.CUSTOMERS, """
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value
                C1,2024-02-30,GB,Europe/London,GOLD,25-34,0.3,email,10
                """, DataReaders::customers);

        assertEquals("customers.csv line 2, column signup_date: \"2024-02-30\" is not an ISO-8601 date (yyyy-MM-dd)", e.getMessage());
        assertProblem(e, "customers.csv", 2, "signup_date", ProblemKind.WRONG_TYPE);
    }

    @Test
    void rejectsDecimalWrittenWithCommaAsWrongType() {
        DataFormatException e = rejection(DataFile.CUSTOMERS, """
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value
                C1,2024-02-01,GB,Europe/London,GOLD,25-34,"0,3",email,10
                """, DataReaders::customers);

        assertProblem(e, "customers.csv", 2, "price_sensitivity", ProblemKind.WRONG_TYPE);
    }

    @Test
    void rejectsPriceSensitivityAboveOneAsOutOfRange() {
        DataFormatException e = rejection(DataFile.CUSTOMERS, """
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value
                C1,2024-02-01,GB,Europe/London,GOLD,25-34,1.5,email,10
                """, DataReaders::customers);

        assertEquals("customers.csv line 2, column price_sensitivity: \"1.5\" is out of range (must be 0..1)", e.getMessage());
        assertProblem(e, "customers.csv", 2, "price_sensitivity", ProblemKind.OUT_OF_RANGE);
    }

    @Test
    void rejectsZeroFullPriceAsOutOfRange() {
        DataFormatException e = rejection(DataFile.PRODUCTS, """
                product_id,name,category,full_price,unit_cost,season_start,season_end,salvage_rate,fixture_stock
                P1,Shirt,shirts,0,18.00,2026-03-01,2026-08-31,0.2,12
                """, DataReaders::products);

        assertEquals("products.csv line 2, column full_price: \"0\" is out of range (must be > 0)", e.getMessage());
    }

    @Test
    void rejectsLoyaltyTierOutsideAllowedValues() {
        DataFormatException e = rejection(DataFile.CUSTOMERS, """
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value
                C1,2024-02-01,GB,Europe/London,gold,25-34,0.3,email,10
                """, DataReaders::customers);

        assertEquals("customers.csv line 2, column loyalty_tier: \"gold\" is not one of the allowed values (NONE, SILVER, GOLD, PLATINUM)",
                e.getMessage());
        assertProblem(e, "customers.csv", 2, "loyalty_tier", ProblemKind.NOT_ALLOWED);
    }

    @Test
    void rejectsUnknownCountryAndTimeZone() {
        String header = "customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value\n";
        DataFormatException country = rejection(DataFile.CUSTOMERS,
                header + "C1,2024-02-01,UK,Europe/London,GOLD,25-34,0.3,email,10\n", DataReaders::customers);
        DataFormatException zone = rejection(DataFile.CUSTOMERS,
                header + "C1,2024-02-01,GB,Europe/Leeds,GOLD,25-34,0.3,email,10\n", DataReaders::customers);

        assertProblem(country, "customers.csv", 2, "country", ProblemKind.NOT_ALLOWED);
        assertProblem(zone, "customers.csv", 2, "timezone", ProblemKind.NOT_ALLOWED);
    }

    @Test
    void rejectsDuplicateCustomerIdNamingBothLines() {
        DataFormatException e = rejection(DataFile.CUSTOMERS, """
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value
                C1,2024-02-01,GB,Europe/London,GOLD,25-34,0.3,email,10
                C2,2024-02-01,GB,Europe/London,GOLD,25-34,0.3,email,10
                C1,2024-03-01,GB,Europe/London,GOLD,25-34,0.3,email,10
                """, DataReaders::customers);

        assertEquals("customers.csv line 4, column customer_id: \"C1\" is a duplicate customer_id (first on line 2)", e.getMessage());
        assertProblem(e, "customers.csv", 4, "customer_id", ProblemKind.DUPLICATE_KEY);
    }

    @Test
    void rejectsDuplicateConsentForSameCustomerAndPurpose() {
        DataFormatException e = rejection(DataFile.CONSENTS, """
                customer_id,purpose,granted,updated_at
                C1,email_marketing,true,2025-01-01T00:00:00Z
                C1,sms_marketing,true,2025-01-01T00:00:00Z
                C1,email_marketing,false,2025-02-01T00:00:00Z
                """, DataReaders::consents);

        assertEquals("consents.csv line 4, column customer_id: duplicate key (customer_id, purpose) = (C1, email_marketing), first on line 2",
                e.getMessage());
    }

    @Test
    void rejectsRowWithFewerFieldsThanHeader() {
        DataFormatException e = rejection(DataFile.CONSENTS, """
                customer_id,purpose,granted,updated_at
                C1,email_marketing,true
                """, DataReaders::consents);

        assertEquals("consents.csv line 2: the row has 3 fields but the header has 4", e.getMessage());
        assertProblem(e, "consents.csv", 2, null, ProblemKind.MALFORMED_ROW);
    }

    @Test
    void rejectsUnclosedQuoteAtTheLineTheRecordStarts() {
        DataFormatException e = rejection(DataFile.STORES, """
                store_id,name,city,timezone,width_m,depth_m,price_cluster
                S1,Leeds,Leeds,Europe/London,20,10,north
                S2,"York,York,Europe/London,20,10,north
                S3,Hull,Hull,Europe/London,20,10,north
                """, DataReaders::stores);

        assertProblem(e, "stores.csv", 3, null, ProblemKind.MALFORMED_ROW);
    }

    @Test
    void reportsTheLineWhereARecordStartsAfterAFieldSpanningLines() {
        DataFormatException e = rejection(DataFile.STORES, """
                store_id,name,city,timezone,width_m,depth_m,price_cluster
                S1,"Leeds
                Briggate
                Centre",Leeds,Europe/London,20,10,north
                S2,"York
                Minster",York,Europe/London,-3,10,north
                """, DataReaders::stores);

        assertProblem(e, "stores.csv", 5, "width_m", ProblemKind.OUT_OF_RANGE);
    }

    @Test
    void countsCrlfAsOneLineEndAndStartsCountingAfterTheByteOrderMark() {
        DataFormatException e = rejection(DataFile.STORES, "\uFEFFstore_id,name,city,timezone,width_m,depth_m,price_cluster\r\n"
                + "S1,Leeds,Leeds,Europe/London,20,10,north\r\n"
                + "S2,York,York,Europe/London,20,0,north\r\n", DataReaders::stores);

        assertEquals("stores.csv line 3, column depth_m: \"0\" is out of range (must be > 0)", e.getMessage());
    }

    @Test
    void reportsTheStartLineWhenTheFirstFieldItselfSpansLines() {
        DataFormatException e = rejection(DataFile.STORES, """
                name,store_id,city,timezone,width_m,depth_m,price_cluster
                "Leeds
                Briggate",S1,Leeds,Europe/London,20,10,north
                "York
                Minster",S2,York,Europe/Leeds,20,10,north
                """, DataReaders::stores);

        assertProblem(e, "stores.csv", 4, "timezone", ProblemKind.NOT_ALLOWED);
    }

    @Test
    void rejectsBytesThatAreNotUtf8() throws Exception {
        Path path = folder.resolve("stores.csv");
        byte[] header = "store_id,name,city,timezone,width_m,depth_m,price_cluster\nS1,".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Malm\u00f6,Malm\u00f6,Europe/Stockholm,20,10,north\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[header.length + latin1.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(latin1, 0, bytes, header.length, latin1.length);
        Files.write(path, bytes);

        DataFormatException e = assertThrows(DataFormatException.class, () -> {
            try (Stream<?> rows = DataReaders.stores(path)) {
                rows.forEach(row -> { });
            }
        });

        assertEquals("stores.csv line 2, column name: the value holds bytes that are not valid UTF-8", e.getMessage());
    }

    @Test
    void rejectsUnitCostNotBelowFullPrice() {
        DataFormatException e = rejection(DataFile.PRODUCTS, """
                product_id,name,category,full_price,unit_cost,season_start,season_end,salvage_rate,fixture_stock
                P1,Shirt,shirts,49.99,49.99,2026-03-01,2026-08-31,0.2,12
                """, DataReaders::products);

        assertEquals("products.csv line 2, column unit_cost: \"49.99\" is not below full_price 49.99", e.getMessage());
        assertProblem(e, "products.csv", 2, "unit_cost", ProblemKind.RULE_VIOLATED);
    }

    @Test
    void rejectsSeasonEndingBeforeItStarts() {
        DataFormatException e = rejection(DataFile.PRODUCTS, """
                product_id,name,category,full_price,unit_cost,season_start,season_end,salvage_rate,fixture_stock
                P1,Shirt,shirts,49.99,18,2026-03-01,2026-03-01,0.2,12
                """, DataReaders::products);

        assertProblem(e, "products.csv", 2, "season_end", ProblemKind.RULE_VIOLATED);
    }

    @Test
    void rejectsFractionalFixtureStockAsWrongType() {
        DataFormatException e = rejection(DataFile.PRODUCTS, """
                product_id,name,category,full_price,unit_cost,season_start,season_end,salvage_rate,fixture_stock
                P1,Shirt,shirts,49.99,18,2026-03-01,2026-08-31,0.2,12.5
                """, DataReaders::products);

        assertEquals("products.csv line 2, column fixture_stock: \"12.5\" is not an integer", e.getMessage());
    }

    @Test
    void rejectsWeekStartThatIsNotAMonday() {
        DataFormatException e = rejection(DataFile.SALES_WEEKLY, """
                store_id,product_id,week_start,price,units_sold,stock_start
                S1,P1,2026-03-03,49.99,7,40
                """, DataReaders::weeklySales);

        assertEquals("sales_weekly.csv line 2, column week_start: \"2026-03-03\" is a Tuesday, not a Monday", e.getMessage());
    }

    @Test
    void rejectsMoreUnitsSoldThanStockAtWeekStart() {
        DataFormatException e = rejection(DataFile.SALES_WEEKLY, """
                store_id,product_id,week_start,price,units_sold,stock_start
                S1,P1,2026-03-02,49.99,41,40
                """, DataReaders::weeklySales);

        assertProblem(e, "sales_weekly.csv", 2, "units_sold", ProblemKind.RULE_VIOLATED);
    }

    @Test
    void rejectsDuplicateStoreProductWeek() {
        DataFormatException e = rejection(DataFile.SALES_WEEKLY, """
                store_id,product_id,week_start,price,units_sold,stock_start
                S1,P1,2026-03-02,49.99,4,40
                S1,P1,2026-03-09,49.99,4,36
                S1,P1,2026-03-02,45.00,4,40
                """, DataReaders::weeklySales);

        assertProblem(e, "sales_weekly.csv", 4, "store_id", ProblemKind.DUPLICATE_KEY);
    }

    @Test
    void rejectsMessageSentWithoutMessageKind() {
        DataFormatException e = rejection(DataFile.EVENTS, events("E1,2026-03-01T09:00:00Z,C1,message_sent,email,,M1,,"),
                DataReaders::events);

        assertEquals("events.csv line 2, column message_kind: is empty but required for message_sent events", e.getMessage());
    }

    @Test
    void rejectsMessageKindOnEventThatIsNotAboutAMessage() {
        DataFormatException e = rejection(DataFile.EVENTS, events("E1,2026-03-01T09:00:00Z,C1,page_view,web,promotion,,,"),
                DataReaders::events);

        assertProblem(e, "events.csv", 2, "message_kind", ProblemKind.RULE_VIOLATED);
    }

    @Test
    void rejectsAttributedPurchaseWithoutMessageKindButAcceptsUnattributedOne() {
        DataFormatException e = rejection(DataFile.EVENTS, events(
                "E1,2026-03-01T09:00:00Z,C1,purchase,web,,,P1,10",
                "E2,2026-03-01T09:01:00Z,C1,purchase,web,,M7,P1,10"), DataReaders::events);

        assertProblem(e, "events.csv", 3, "message_kind", ProblemKind.RULE_VIOLATED);
    }

    @Test
    void rejectsNegativeOrderValue() {
        DataFormatException e = rejection(DataFile.EVENTS, events("E1,2026-03-01T09:00:00Z,C1,purchase,web,,,P1,-5"),
                DataReaders::events);

        assertProblem(e, "events.csv", 2, "value", ProblemKind.OUT_OF_RANGE);
    }

    @Test
    void rejectsEventsNotSortedByTimestamp() {
        DataFormatException e = rejection(DataFile.EVENTS, events(
                "E1,2026-03-01T09:00:00Z,C1,page_view,web,,,,",
                "E2,2026-03-01T10:00:00Z,C1,page_view,web,,,,",
                "E3,2026-03-01T09:30:00Z,C1,page_view,web,,,,"), DataReaders::events);

        assertEquals("events.csv line 4, column timestamp: 2026-03-01T09:30:00Z is earlier than the previous row's "
                + "2026-03-01T10:00:00Z (rows must be sorted by timestamp)", e.getMessage());
    }

    @Test
    void aRepeatedKeyBeforeAnotherProblemIsTheOneReported() {
        // a strict read checks event ids once the file is read, and must still name the first problem in the file
        DataFormatException e = rejection(DataFile.EVENTS, events(
                "E1,2026-03-01T09:00:00Z,C1,page_view,web,,,,",
                "E2,2026-03-01T09:10:00Z,C2,page_view,web,,,,",
                "E1,2026-03-01T09:20:00Z,C2,page_view,web,,,,",
                "E4,2026-03-01T09:30:00Z,C2,teleport,web,,,,"), DataReaders::events);

        assertEquals("events.csv line 4, column event_id: \"E1\" is a duplicate event_id (first on line 2)", e.getMessage());
    }

    @Test
    void anotherProblemBeforeARepeatedKeyIsTheOneReported() {
        DataFormatException e = rejection(DataFile.EVENTS, events(
                "E1,2026-03-01T09:00:00Z,C1,page_view,web,,,,",
                "E2,2026-03-01T09:10:00Z,C2,teleport,web,,,,",
                "E1,2026-03-01T09:20:00Z,C2,page_view,web,,,,"), DataReaders::events);

        assertProblem(e, "events.csv", 3, "event_type", ProblemKind.NOT_ALLOWED);
    }

    @Test
    void rejectsDuplicateEventId() {
        DataFormatException e = rejection(DataFile.EVENTS, events(
                "E1,2026-03-01T09:00:00Z,C1,page_view,web,,,,",
                "E1,2026-03-01T10:00:00Z,C2,page_view,web,,,,"), DataReaders::events);

        assertProblem(e, "events.csv", 3, "event_id", ProblemKind.DUPLICATE_KEY);
    }

    @Test
    void rejectsCategoryZoneWithoutCategoryAndEntranceWithOne() {
        String header = "store_id,zone_id,zone_type,category,x_m,y_m,width_m,depth_m\n";
        DataFormatException missing = rejection(DataFile.ZONES, header + "S1,Z1,category,,0,0,4,2\n", DataReaders::zones);
        DataFormatException extra = rejection(DataFile.ZONES, header + "S1,Z1,entrance,shirts,0,0,4,2\n", DataReaders::zones);

        assertProblem(missing, "zones.csv", 2, "category", ProblemKind.RULE_VIOLATED);
        assertProblem(extra, "zones.csv", 2, "category", ProblemKind.RULE_VIOLATED);
    }

    @Test
    void rejectsZeroQuantityInBasket() {
        DataFormatException e = rejection(DataFile.BASKETS, """
                transaction_id,store_id,timestamp,customer_id,product_id,quantity,unit_price
                T1,S1,2026-03-02T11:00:00Z,,P1,0,49.99
                """, DataReaders::basketLines);

        assertProblem(e, "baskets.csv", 2, "quantity", ProblemKind.OUT_OF_RANGE);
    }

    @Test
    void rejectsVisitReadingsOutOfTimeOrder() {
        DataFormatException e = rejection(DataFile.FOOT_TRAFFIC, """
                store_id,visit_id,timestamp,x_m,y_m
                S1,V1,2026-03-02T11:00:05Z,1,1
                S1,V2,2026-03-02T11:00:00Z,1,1
                S1,V1,2026-03-02T11:00:00Z,2,2
                """, DataReaders::footTraffic);

        assertProblem(e, "foot_traffic.csv", 4, "timestamp", ProblemKind.OUT_OF_ORDER);
    }
}
