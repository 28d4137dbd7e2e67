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

/** Hands every record of one pass to two visitors, the first first (an import's writer and its quality figures). */
public record BothVisitors(DataSetVisitor first, DataSetVisitor second) implements DataSetVisitor {

    @Override
    public void store(Store store) {
        first.store(store);
        second.store(store);
    }

    @Override
    public void product(Product product) {
        first.product(product);
        second.product(product);
    }

    @Override
    public void customer(Customer customer) {
        first.customer(customer);
        second.customer(customer);
    }

    @Override
    public void zone(Zone zone) {
        first.zone(zone);
        second.zone(zone);
    }

    @Override
    public void consent(Consent consent) {
        first.consent(consent);
        second.consent(consent);
    }

    @Override
    public void event(Event event) {
        first.event(event);
        second.event(event);
    }

    @Override
    public void weeklySale(WeeklySale sale) {
        first.weeklySale(sale);
        second.weeklySale(sale);
    }

    @Override
    public void basketLine(BasketLine line) {
        first.basketLine(line);
        second.basketLine(line);
    }

    @Override
    public void trafficReading(TrafficReading reading) {
        first.trafficReading(reading);
        second.trafficReading(reading);
    }

    @Override
    public void fileRead(DataFile file) {
        first.fileRead(file);
        second.fileRead(file);
    }
}
