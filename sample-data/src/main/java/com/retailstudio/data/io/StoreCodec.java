package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.decimal;

import com.retailstudio.data.model.Store;

/** Maps stores.csv rows to {@link Store} records and back. */
final class StoreCodec implements RecordCodec<Store> {

    @Override
    public DataFile file() {
        return DataFile.STORES;
    }

    @Override
    public Store read(ParsedRow r) {
        return new Store(r.text(0), r.text(1), r.text(2), r.zone(3), r.decimal(4), r.decimal(5), r.text(6));
    }

    @Override
    public String[] write(Store s) {
        return new String[] {s.storeId(), s.name(), s.city(), s.timezone().getId(), decimal(s.widthM()), decimal(s.depthM()),
                s.priceCluster()};
    }

    @Override
    public String key(Store s) {
        return s.storeId();
    }
}
