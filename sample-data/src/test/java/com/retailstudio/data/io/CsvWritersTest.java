package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.data.model.Store;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWritersTest {

    @TempDir
    Path folder;

    @Test
    void writesHeaderAndFieldsInContractOrderWithPlainDecimals() {
        StringWriter out = new StringWriter();
        try (var writer = CsvWriters.customers(out)) {
            writer.write(new Customer("C1", LocalDate.of(2024, 1, 15), "GB", ZoneId.of("Europe/London"), LoyaltyTier.GOLD,
                    AgeBand.AGE_65_PLUS, 0.0001, Channel.PAID_MEDIA, 1250.0, Optional.of(LocalDate.of(1956, 2, 29))));
            writer.write(new Customer("C2", LocalDate.of(2024, 1, 15), "GB", ZoneId.of("Europe/London"), LoyaltyTier.NONE,
                    AgeBand.AGE_25_34, 0.5, Channel.EMAIL, 10.0));
        }

        assertEquals("""
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value,birth_date
                C1,2024-01-15,GB,Europe/London,GOLD,65+,0.0001,paid_media,1250,1956-02-29
                C2,2024-01-15,GB,Europe/London,NONE,25-34,0.5,email,10,
                """, out.toString());
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndReadsThemBack() throws Exception {
        Store store = new Store("S1", "The \"Big\" One, Leeds", "Leeds\nWest", ZoneId.of("Europe/London"), 20.5, 10, "north");
        Path file = folder.resolve("stores.csv");
        try (var writer = CsvWriters.stores(Files.newBufferedWriter(file))) {
            writer.write(store);
        }

        try (var rows = DataReaders.stores(file)) {
            assertEquals(List.of(store), rows.toList());
        }
    }

    @Test
    void quotesAFieldHoldingALoneCarriageReturnSoTheRowStaysWhole() {
        StringWriter out = new StringWriter();
        try (var writer = CsvWriters.stores(out)) {
            writer.write(new Store("S1", "Leeds\rWest", "Leeds", ZoneId.of("Europe/London"), 20, 10, "north"));
        }

        assertEquals("store_id,name,city,timezone,width_m,depth_m,price_cluster\n"
                + "S1,\"Leeds\rWest\",Leeds,Europe/London,20,10,north\n", out.toString());
    }

    @Test
    void writesEmptyOptionalValuesAsEmptyFields() {
        StringWriter out = new StringWriter();
        try (var writer = CsvWriters.events(out)) {
            writer.write(new Event("E1", Instant.parse("2026-03-01T09:00:00Z"), "C1", EventType.PAGE_VIEW, Channel.WEB,
                    Optional.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty()));
            writer.write(new Event("E2", Instant.parse("2026-03-01T09:00:01Z"), "C1", EventType.MESSAGE_SENT, Channel.EMAIL,
                    Optional.of(MessageKind.LOYALTY_REWARD), Optional.of("M1"), Optional.of("P1"), OptionalDouble.of(0)));
        }

        assertEquals("""
                event_id,timestamp,customer_id,event_type,channel,message_kind,message_id,product_id,value
                E1,2026-03-01T09:00:00Z,C1,page_view,web,,,,
                E2,2026-03-01T09:00:01Z,C1,message_sent,email,loyalty_reward,M1,P1,0
                """, out.toString());
    }

    @Test
    void writtenDataSetReadsBackEqualFileByFile() throws Exception {
        Path source = Files.createDirectory(folder.resolve("source"));
        Path copy = folder.resolve("copy");
        DataSet original = DataSetLoader.load(SampleFolder.valid().writeTo(source));

        CsvWriters.write(original, copy);
        DataSet reread = DataSetLoader.load(copy);

        assertEquals(original.customers(), reread.customers());
        assertEquals(original.consents(), reread.consents());
        assertEquals(original.events().stream().toList(), reread.events().stream().toList());
        assertEquals(original.products(), reread.products());
        assertEquals(original.stores(), reread.stores());
        assertEquals(original.zones(), reread.zones());
        assertEquals(original.weeklySales(), reread.weeklySales());
        assertEquals(original.basketLines(), reread.basketLines());
        assertEquals(original.footTraffic().stream().toList(), reread.footTraffic().stream().toList());
    }

    @Test
    void everyWrittenHeaderIsTheContractColumnList() throws Exception {
        Path source = Files.createDirectory(folder.resolve("source"));
        Path copy = folder.resolve("copy");
        CsvWriters.write(DataSetLoader.load(SampleFolder.valid().writeTo(source)), copy);

        for (DataFile file : DataFile.values()) {
            String header = Files.readAllLines(copy.resolve(file.fileName())).get(0);
            assertEquals(String.join(",", file.columnNames()), header, file.fileName());
        }
    }
}
