package com.retailstudio.data.io;

import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.data.model.Zone;
import java.util.List;
import java.util.Objects;

/**
 * A whole data set in memory, every row valid and every reference resolved; produced by {@link DataSetLoader}.
 * The two largest files, events and foot traffic, are columnar tables; the rest are immutable lists in file order.
 *
 * @param customers    customers.csv
 * @param consents     consents.csv
 * @param events       events.csv, in time order; customer and product indexes point into {@code customers} and {@code products}
 * @param products     products.csv
 * @param stores       stores.csv
 * @param zones        zones.csv
 * @param weeklySales  sales_weekly.csv
 * @param basketLines  baskets.csv
 * @param footTraffic  foot_traffic.csv; store indexes point into {@code stores}
 */
public record DataSet(
        List<Customer> customers,
        List<Consent> consents,
        EventTable events,
        List<Product> products,
        List<Store> stores,
        List<Zone> zones,
        List<WeeklySale> weeklySales,
        List<BasketLine> basketLines,
        TrafficTable footTraffic) {

    public DataSet {
        customers = List.copyOf(customers);
        consents = List.copyOf(consents);
        Objects.requireNonNull(events, "events");
        products = List.copyOf(products);
        stores = List.copyOf(stores);
        zones = List.copyOf(zones);
        weeklySales = List.copyOf(weeklySales);
        basketLines = List.copyOf(basketLines);
        Objects.requireNonNull(footTraffic, "footTraffic");
    }
}
