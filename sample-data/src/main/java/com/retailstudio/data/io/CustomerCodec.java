package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.code;
import static com.retailstudio.data.io.FieldText.date;
import static com.retailstudio.data.io.FieldText.decimal;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.LoyaltyTier;

/** Maps customers.csv rows to {@link Customer} records and back. */
final class CustomerCodec implements RecordCodec<Customer> {

    // A code column's position among its spellings is the constant's ordinal (CsvCode.spellings lists them in order).
    private static final LoyaltyTier[] TIERS = LoyaltyTier.values();
    private static final AgeBand[] AGE_BANDS = AgeBand.values();
    private static final Channel[] CHANNELS = Channel.values();

    @Override
    public DataFile file() {
        return DataFile.CUSTOMERS;
    }

    @Override
    public Customer read(ParsedRow r) {
        return new Customer(r.text(0), r.date(1), r.text(2), r.zone(3),
                TIERS[r.code(4)], AGE_BANDS[r.code(5)],
                r.decimal(6), CHANNELS[r.code(7)], r.decimal(8));
    }

    @Override
    public String[] write(Customer c) {
        return new String[] {c.customerId(), date(c.signupDate()), c.country(), c.timezone().getId(),
                code(c.loyaltyTier()), code(c.ageBand()), decimal(c.priceSensitivity()), code(c.preferredChannel()),
                decimal(c.lifetimeValue())};
    }

    @Override
    public String key(Customer c) {
        return c.customerId();
    }
}
