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

    @Override
    public DataFile file() {
        return DataFile.CUSTOMERS;
    }

    @Override
    public Customer read(ParsedRow r) {
        return new Customer(r.text(0), r.date(1), r.text(2), r.zone(3),
                LoyaltyTier.fromCsv(r.text(4)).orElseThrow(), AgeBand.fromCsv(r.text(5)).orElseThrow(),
                r.decimal(6), Channel.fromCsv(r.text(7)).orElseThrow(), r.decimal(8));
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
