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

/** Receives the valid records of a data set scan, file by file in {@link DataSetScanner#FILE_ORDER}; every method defaults to ignoring. */
public interface DataSetVisitor {

    default void store(Store store) {
    }

    default void product(Product product) {
    }

    default void customer(Customer customer) {
    }

    default void zone(Zone zone) {
    }

    default void consent(Consent consent) {
    }

    default void event(Event event) {
    }

    default void weeklySale(WeeklySale sale) {
    }

    default void basketLine(BasketLine line) {
    }

    default void trafficReading(TrafficReading reading) {
    }

    /** Called after the last record of {@code file} (also when the file is missing or was refused). */
    default void fileRead(DataFile file) {
    }
}
