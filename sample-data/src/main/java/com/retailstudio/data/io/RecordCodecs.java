package com.retailstudio.data.io;

import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.data.model.Zone;

/** A fresh codec for each data file; codecs may keep state between rows, so every scan takes new ones. */
final class RecordCodecs {

    /** Tolerance for rectangles and points touching the store's edge, so 0.1 + 0.2 style sums do not fail. */
    static final double EDGE_TOLERANCE_M = 1e-9;

    private RecordCodecs() {
    }

    /** A fresh codec of {@code file}'s rows. */
    static RecordCodec<?> of(DataFile file) {
        return switch (file) {
            case CUSTOMERS -> customers();
            case CONSENTS -> consents();
            case EVENTS -> events();
            case PRODUCTS -> products();
            case STORES -> stores();
            case ZONES -> zones();
            case SALES_WEEKLY -> weeklySales();
            case BASKETS -> basketLines();
            case FOOT_TRAFFIC -> trafficReadings();
        };
    }

    static RecordCodec<Customer> customers() {
        return new CustomerCodec();
    }

    static RecordCodec<Consent> consents() {
        return new ConsentCodec();
    }

    static RecordCodec<Event> events() {
        return new EventCodec();
    }

    static RecordCodec<Product> products() {
        return new ProductCodec();
    }

    static RecordCodec<Store> stores() {
        return new StoreCodec();
    }

    static RecordCodec<Zone> zones() {
        return new ZoneCodec();
    }

    static RecordCodec<WeeklySale> weeklySales() {
        return new WeeklySaleCodec();
    }

    static RecordCodec<BasketLine> basketLines() {
        return new BasketLineCodec();
    }

    static RecordCodec<TrafficReading> trafficReadings() {
        return new TrafficReadingCodec();
    }
}
