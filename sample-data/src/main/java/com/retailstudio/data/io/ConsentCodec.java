package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.code;
import static com.retailstudio.data.io.FieldText.instant;

import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;

/** Maps consents.csv rows to {@link Consent} records and back. */
final class ConsentCodec implements RecordCodec<Consent> {

    // A code column's position among its spellings is the constant's ordinal (CsvCode.spellings lists them in order).
    private static final ConsentPurpose[] PURPOSES = ConsentPurpose.values();

    @Override
    public DataFile file() {
        return DataFile.CONSENTS;
    }

    @Override
    public Consent read(ParsedRow r) {
        return new Consent(r.text(0), PURPOSES[r.code(1)], r.bool(2), r.instant(3));
    }

    @Override
    public String[] write(Consent c) {
        return new String[] {c.customerId(), code(c.purpose()), Boolean.toString(c.granted()), instant(c.updatedAt())};
    }

    @Override
    public String key(Consent c) {
        return c.customerId() + '\u0000' + c.purpose().csv();
    }
}
