package com.retailstudio.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A small, hand-written, valid data set that tests write into a temporary folder, after replacing the files they
 * want to break. Known facts: 3 customers, 1 store of 20 x 10 m, 2 products, 4 events (newest 2026-03-02T10:00:00Z),
 * email_marketing granted to C1 and C2 of 3 customers, push_marketing granted to C1 only.
 */
public final class SampleFolder {

    private final Map<DataFile, String> files = new EnumMap<>(DataFile.class);

    private SampleFolder() {
        files.put(DataFile.CUSTOMERS, """
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value,birth_date
                C1,2024-01-15,GB,Europe/London,GOLD,25-34,0.3,email,1250.50,1995-05-10
                C2,2024-06-01,DE,Europe/Berlin,NONE,45-54,0.8,app,80,1975-02-01
                C3,2025-02-28,US,America/New_York,SILVER,65+,0,web,0,1948-02-29
                """);
        files.put(DataFile.CONSENTS, """
                customer_id,purpose,granted,updated_at
                C1,email_marketing,true,2025-01-01T00:00:00Z
                C1,push_marketing,true,2025-01-01T00:00:00Z
                C2,email_marketing,true,2025-02-01T08:30:00Z
                C3,email_marketing,false,2025-03-01T12:00:00Z
                """);
        files.put(DataFile.EVENTS, """
                event_id,timestamp,customer_id,event_type,channel,message_kind,message_id,product_id,value
                E1,2026-03-01T09:00:00Z,C1,message_sent,email,promotion,M1,,
                E2,2026-03-01T09:15:00Z,C1,email_open,email,promotion,M1,,
                E3,2026-03-01T10:00:00Z,C2,product_view,web,,,P1,
                E4,2026-03-02T10:00:00Z,C1,purchase,web,promotion,M1,P1,49.99
                """);
        files.put(DataFile.PRODUCTS, """
                product_id,name,category,full_price,unit_cost,season_start,season_end,salvage_rate,fixture_stock
                P1,Linen shirt,shirts,49.99,18.00,2026-03-01,2026-08-31,0.2,12
                P2,Wool coat,coats,199.00,80.00,2025-09-01,2026-02-28,0.35,6
                """);
        files.put(DataFile.STORES, """
                store_id,name,city,timezone,width_m,depth_m,price_cluster
                S1,Leeds Briggate,Leeds,Europe/London,20,10,north
                """);
        files.put(DataFile.ZONES, """
                store_id,zone_id,zone_type,category,x_m,y_m,width_m,depth_m
                S1,Z1,entrance,,0,0,4,2
                S1,Z2,category,shirts,4,0,8,5
                S1,Z3,checkout,,16,8,4,2
                """);
        files.put(DataFile.SALES_WEEKLY, """
                store_id,product_id,week_start,price,units_sold,stock_start
                S1,P1,2026-03-02,49.99,7,40
                S1,P1,2026-03-09,39.99,12,33
                S1,P2,2026-03-02,99.50,3,3
                """);
        files.put(DataFile.BASKETS, """
                transaction_id,store_id,timestamp,customer_id,product_id,quantity,unit_price
                T1,S1,2026-03-02T11:00:00Z,C1,P1,2,49.99
                T1,S1,2026-03-02T11:00:00Z,C1,P2,1,99.50
                T2,S1,2026-03-02T12:30:00Z,,P1,1,49.99
                """);
        files.put(DataFile.FOOT_TRAFFIC, """
                store_id,visit_id,timestamp,x_m,y_m
                S1,V1,2026-03-02T11:00:00Z,1.5,0.5
                S1,V1,2026-03-02T11:00:05Z,6.0,2.5
                S1,V2,2026-03-02T11:01:00Z,20,10
                """);
    }

    public static SampleFolder valid() {
        return new SampleFolder();
    }

    /** Replaces one file's whole text. */
    public SampleFolder with(DataFile file, String text) {
        files.put(file, text);
        return this;
    }

    /** Replaces one line of a file (1 is the header) with {@code line}. */
    public SampleFolder withLine(DataFile file, int lineNumber, String line) {
        String[] lines = files.get(file).split("\n", -1);
        lines[lineNumber - 1] = line;
        files.put(file, String.join("\n", lines));
        return this;
    }

    /** Appends a line to a file. */
    public SampleFolder withExtraLine(DataFile file, String line) {
        files.put(file, files.get(file) + line + "\n");
        return this;
    }

    public SampleFolder without(DataFile file) {
        files.remove(file);
        return this;
    }

    public String text(DataFile file) {
        return files.get(file);
    }

    public Path writeTo(Path folder) {
        try {
            for (Map.Entry<DataFile, String> entry : files.entrySet()) {
                Files.writeString(folder.resolve(entry.getKey().fileName()), entry.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Writes one file's text as given (bytes in UTF-8) and returns its path. */
    public static Path writeFile(Path folder, DataFile file, String text) {
        try {
            return Files.writeString(folder.resolve(file.fileName()), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
