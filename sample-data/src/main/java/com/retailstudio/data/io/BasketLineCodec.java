package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.decimal;
import static com.retailstudio.data.io.FieldText.instant;
import static com.retailstudio.data.io.FieldText.integer;
import static com.retailstudio.data.io.FieldText.text;

import com.retailstudio.data.model.BasketLine;

/** Maps baskets.csv rows to {@link BasketLine} records and back. */
final class BasketLineCodec implements RecordCodec<BasketLine> {

    @Override
    public DataFile file() {
        return DataFile.BASKETS;
    }

    @Override
    public BasketLine read(ParsedRow r) {
        return new BasketLine(r.text(0), r.text(1), r.instant(2), r.optionalText(3), r.text(4), r.integer(5), r.decimal(6));
    }

    @Override
    public String[] write(BasketLine b) {
        return new String[] {b.transactionId(), b.storeId(), instant(b.timestamp()), text(b.customerId()), b.productId(),
                integer(b.quantity()), decimal(b.unitPrice())};
    }

    @Override
    public String key(BasketLine b) {
        return b.transactionId() + '\u0000' + b.productId();
    }
}
