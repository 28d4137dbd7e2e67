package com.retailstudio.data.generate;

import java.util.List;

/** File names and header rows of the agreed data contract (docs: /work/notes/contract.md), in contract order. */
public final class DataSetFiles {

    public static final String CUSTOMERS = "customers.csv";
    public static final String CONSENTS = "consents.csv";
    public static final String EVENTS = "events.csv";
    public static final String PRODUCTS = "products.csv";
    public static final String STORES = "stores.csv";
    public static final String ZONES = "zones.csv";
    public static final String SALES_WEEKLY = "sales_weekly.csv";
    public static final String BASKETS = "baskets.csv";
    public static final String FOOT_TRAFFIC = "foot_traffic.csv";
    public static final String TRUTH = "truth.json";

    public static final List<String> CUSTOMERS_HEADER = List.of("customer_id", "signup_date", "country", "timezone",
            "loyalty_tier", "age_band", "price_sensitivity", "preferred_channel", "lifetime_value", "birth_date");
    public static final List<String> CONSENTS_HEADER = List.of("customer_id", "purpose", "granted", "updated_at");
    public static final List<String> EVENTS_HEADER = List.of("event_id", "timestamp", "customer_id", "event_type",
            "channel", "message_kind", "message_id", "product_id", "value");
    public static final List<String> PRODUCTS_HEADER = List.of("product_id", "name", "category", "full_price",
            "unit_cost", "season_start", "season_end", "salvage_rate", "fixture_stock");
    public static final List<String> STORES_HEADER = List.of("store_id", "name", "city", "timezone", "width_m",
            "depth_m", "price_cluster");
    public static final List<String> ZONES_HEADER = List.of("store_id", "zone_id", "zone_type", "category", "x_m",
            "y_m", "width_m", "depth_m");
    public static final List<String> SALES_WEEKLY_HEADER = List.of("store_id", "product_id", "week_start", "price",
            "units_sold", "stock_start");
    public static final List<String> BASKETS_HEADER = List.of("transaction_id", "store_id", "timestamp",
            "customer_id", "product_id", "quantity", "unit_price");
    public static final List<String> FOOT_TRAFFIC_HEADER = List.of("store_id", "visit_id", "timestamp", "x_m", "y_m");

    /** The nine CSV files every data set holds, in the contract's order. */
    public static final List<String> CSV_FILES = List.of(CUSTOMERS, CONSENTS, EVENTS, PRODUCTS, STORES, ZONES,
            SALES_WEEKLY, BASKETS, FOOT_TRAFFIC);

    private DataSetFiles() {
    }
}
