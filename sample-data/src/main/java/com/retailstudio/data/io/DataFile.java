package com.retailstudio.data.io;

import static com.retailstudio.data.io.ColumnSpec.code;
import static com.retailstudio.data.io.ColumnSpec.conditional;
import static com.retailstudio.data.io.ColumnSpec.optional;
import static com.retailstudio.data.io.ColumnSpec.required;
import static com.retailstudio.data.io.ColumnType.BOOLEAN;
import static com.retailstudio.data.io.ColumnType.COUNTRY;
import static com.retailstudio.data.io.ColumnType.DATE;
import static com.retailstudio.data.io.ColumnType.DECIMAL;
import static com.retailstudio.data.io.ColumnType.INTEGER;
import static com.retailstudio.data.io.ColumnType.TEXT;
import static com.retailstudio.data.io.ColumnType.TIMESTAMP;
import static com.retailstudio.data.io.ColumnType.TIMEZONE;
import static com.retailstudio.data.io.Range.above;
import static com.retailstudio.data.io.Range.atLeast;
import static com.retailstudio.data.io.Range.between;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.CsvCode;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.data.model.ZoneType;
import java.util.List;
import java.util.Optional;

/**
 * The files of a data set and their columns in contract order: the one definition that readers, writers,
 * the quality report and {@code docs/data-format.md} share.
 */
public enum DataFile {
    CUSTOMERS("customers.csv", "Customer profiles, one row per customer.", List.of("customer_id"), List.of(
            required("customer_id", TEXT, "unique customer id"),
            required("signup_date", DATE, "day the customer joined"),
            required("country", COUNTRY, "country of residence, e.g. GB, DE, FR, NL, US"),
            required("timezone", TIMEZONE, "customer's local time zone, for quiet hours and daily caps"),
            code("loyalty_tier", Presence.REQUIRED, CsvCode.spellings(LoyaltyTier.class), "loyalty programme tier"),
            code("age_band", Presence.REQUIRED, CsvCode.spellings(AgeBand.class), "age band"),
            required("price_sensitivity", DECIMAL, "0 = indifferent to price, 1 = buys only on discount").withRange(between(0, 1)),
            code("preferred_channel", Presence.REQUIRED, CsvCode.spellings(Channel.class), "channel the customer engages with most"),
            required("lifetime_value", DECIMAL, "historical spend").withRange(atLeast(0)).inUnit("currency units"),
            optional("birth_date", DATE, "date of birth; not after signup_date, at least 16 and at most 120 years before it"))),

    CONSENTS("consents.csv", "Latest consent decision per customer and purpose.", List.of("customer_id", "purpose"), List.of(
            required("customer_id", TEXT, "the customer").referencing(Reference.CUSTOMER),
            code("purpose", Presence.REQUIRED, CsvCode.spellings(ConsentPurpose.class), "what the consent is for"),
            required("granted", BOOLEAN, "true when the customer agreed"),
            required("updated_at", TIMESTAMP, "when the decision was last recorded"))),

    EVENTS("events.csv", "Behavioural events, sorted by timestamp.", List.of("event_id"), List.of(
            required("event_id", TEXT, "unique event id"),
            required("timestamp", TIMESTAMP, "when it happened; rows are sorted by this column"),
            required("customer_id", TEXT, "the customer who acted or was messaged").referencing(Reference.CUSTOMER),
            code("event_type", Presence.REQUIRED, CsvCode.spellings(EventType.class), "what happened"),
            code("channel", Presence.REQUIRED, CsvCode.spellings(Channel.class), "where it happened"),
            code("message_kind", Presence.CONDITIONAL, CsvCode.spellings(MessageKind.class),
                    "required for message_sent, email_open, email_click, push_open and for a purchase with a message_id; empty otherwise"),
            optional("message_id", TEXT, "for message_sent its own id; for a response or an attributed purchase the id of the send it answers"),
            optional("product_id", TEXT, "the product involved").referencing(Reference.PRODUCT),
            optional("value", DECIMAL, "order value of a purchase").withRange(atLeast(0)).inUnit("currency units"))),

    PRODUCTS("products.csv", "The assortment with seasons and costs.", List.of("product_id"), List.of(
            required("product_id", TEXT, "unique product id"),
            required("name", TEXT, "display name"),
            required("category", TEXT, "merchandise category"),
            required("full_price", DECIMAL, "regular shelf price").withRange(above(0)).inUnit("currency units"),
            required("unit_cost", DECIMAL, "cost per unit; below full_price").withRange(above(0)).inUnit("currency units"),
            required("season_start", DATE, "first day on sale"),
            required("season_end", DATE, "exit day; after season_start"),
            required("salvage_rate", DECIMAL, "share of unit_cost recovered for stock left at exit").withRange(between(0, 1)),
            required("fixture_stock", INTEGER, "units that fill the display; below it sales fall (broken-assortment effect)")
                    .withRange(above(0)).inUnit("units"))),

    STORES("stores.csv", "Stores and the size of their floors.", List.of("store_id"), List.of(
            required("store_id", TEXT, "unique store id"),
            required("name", TEXT, "display name"),
            required("city", TEXT, "city the store is in"),
            required("timezone", TIMEZONE, "store's local time zone"),
            required("width_m", DECIMAL, "floor width (x axis)").withRange(above(0)).inUnit("metres"),
            required("depth_m", DECIMAL, "floor depth (y axis)").withRange(above(0)).inUnit("metres"),
            required("price_cluster", TEXT, "stores in one cluster share prices"))),

    ZONES("zones.csv", "Rectangular areas of each store's floor plan, origin at the store's top-left corner.",
            List.of("store_id", "zone_id"), List.of(
            required("store_id", TEXT, "the store").referencing(Reference.STORE),
            required("zone_id", TEXT, "zone id, unique within the store"),
            code("zone_type", Presence.REQUIRED, CsvCode.spellings(ZoneType.class),
                    "what the area is; fixture zones are walls or shelving that cannot be walked through"),
            conditional("category", TEXT, "merchandise category; required for zone_type=category, empty otherwise"),
            required("x_m", DECIMAL, "left edge").withRange(atLeast(0)).inUnit("metres"),
            required("y_m", DECIMAL, "top edge").withRange(atLeast(0)).inUnit("metres"),
            required("width_m", DECIMAL, "width; the zone must lie inside the store").withRange(above(0)).inUnit("metres"),
            required("depth_m", DECIMAL, "depth; the zone must lie inside the store").withRange(above(0)).inUnit("metres"))),

    SALES_WEEKLY("sales_weekly.csv", "Units sold per store, product and week, with the shelf price.",
            List.of("store_id", "product_id", "week_start"), List.of(
            required("store_id", TEXT, "the store").referencing(Reference.STORE),
            required("product_id", TEXT, "the product").referencing(Reference.PRODUCT),
            required("week_start", DATE, "the Monday the week starts on"),
            required("price", DECIMAL, "shelf price that week").withRange(above(0)).inUnit("currency units"),
            required("units_sold", INTEGER, "units sold that week; at most stock_start").withRange(atLeast(0)).inUnit("units"),
            required("stock_start", INTEGER, "units on hand at the start of the week").withRange(atLeast(0)).inUnit("units"))),

    BASKETS("baskets.csv", "Till transactions, one row per line item.", List.of("transaction_id", "product_id"), List.of(
            required("transaction_id", TEXT, "the transaction (basket)"),
            required("store_id", TEXT, "the store").referencing(Reference.STORE),
            required("timestamp", TIMESTAMP, "when the transaction happened"),
            optional("customer_id", TEXT, "identified customer; empty for an anonymous shopper").referencing(Reference.CUSTOMER),
            required("product_id", TEXT, "the product bought").referencing(Reference.PRODUCT),
            required("quantity", INTEGER, "units bought").withRange(above(0)).inUnit("units"),
            required("unit_price", DECIMAL, "price paid per unit").withRange(above(0)).inUnit("currency units"))),

    FOOT_TRAFFIC("foot_traffic.csv", "Shopper position readings on store floors; a visit's readings are in time order.",
            List.of(), List.of(
            required("store_id", TEXT, "the store").referencing(Reference.STORE),
            required("visit_id", TEXT, "one shopper's trip through the store"),
            required("timestamp", TIMESTAMP, "when the position was read"),
            required("x_m", DECIMAL, "distance from the store's left edge; inside the store").withRange(atLeast(0)).inUnit("metres"),
            required("y_m", DECIMAL, "distance from the store's top edge; inside the store").withRange(atLeast(0)).inUnit("metres")));

    private final String fileName;
    private final String description;
    private final List<String> keyColumns;
    private final List<ColumnSpec> columns;

    DataFile(String fileName, String description, List<String> keyColumns, List<ColumnSpec> columns) {
        this.fileName = fileName;
        this.description = description;
        this.keyColumns = keyColumns;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public String description() {
        return description;
    }

    /** Columns whose values together must be unique across the file; empty when rows need not be unique. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /** Columns in contract order, which is also the order writers use. */
    public List<ColumnSpec> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(fileName + " has no column " + columnName);
    }

    public static Optional<DataFile> byFileName(String name) {
        for (DataFile file : values()) {
            if (file.fileName.equals(name)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
