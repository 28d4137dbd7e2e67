package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.code;
import static com.retailstudio.data.io.FieldText.date;
import static com.retailstudio.data.io.FieldText.decimal;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.LoyaltyTier;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

/** Maps customers.csv rows to {@link Customer} records and back, with the plausibility rules of a birth date. */
final class CustomerCodec implements RecordCodec<Customer> {

    /**
     * The youngest a customer may be on the day they join: 16, the age from which the GDPR (Art. 8) lets a person
     * consent to online services without a parent, which the consents in consents.csv rely on.
     */
    static final int MIN_AGE_AT_SIGNUP = 16;
    /** Older than this on the day they joined is a typing error (a year of 1900 for 2000), not a customer. */
    static final int MAX_AGE_AT_SIGNUP = 120;

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
                r.decimal(6), CHANNELS[r.code(7)], r.decimal(8), Optional.ofNullable(r.date(9)));
    }

    @Override
    public String[] write(Customer c) {
        return new String[] {c.customerId(), date(c.signupDate()), c.country(), c.timezone().getId(),
                code(c.loyaltyTier()), code(c.ageBand()), decimal(c.priceSensitivity()), code(c.preferredChannel()),
                decimal(c.lifetimeValue()), c.birthDate().map(FieldText::date).orElse("")};
    }

    @Override
    public String key(Customer c) {
        return c.customerId();
    }

    /**
     * A birth date is checked against the row's own signup_date, so a row is judged alone, before the events that
     * give the data set's end are read; whether it agrees with age_band is a warning of the quality report.
     */
    @Override
    public void check(Customer c, RowCheck check) {
        if (c.birthDate().isEmpty()) {
            return;
        }
        LocalDate born = c.birthDate().get();
        String quoted = ColumnType.quote(date(born));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (born.isAfter(today)) {
            check.fail("birth_date", ProblemKind.RULE_VIOLATED, quoted + " is in the future (today is " + today + ")");
            return;
        }
        if (born.isAfter(c.signupDate())) {
            check.fail("birth_date", ProblemKind.RULE_VIOLATED, quoted + " is after signup_date " + date(c.signupDate()));
            return;
        }
        int ageAtSignup = Period.between(born, c.signupDate()).getYears();
        if (ageAtSignup < MIN_AGE_AT_SIGNUP) {
            check.fail("birth_date", ProblemKind.RULE_VIOLATED, quoted + " makes the customer " + ageAtSignup
                    + " on signup_date " + date(c.signupDate()) + ", younger than " + MIN_AGE_AT_SIGNUP);
        } else if (ageAtSignup > MAX_AGE_AT_SIGNUP) {
            check.fail("birth_date", ProblemKind.RULE_VIOLATED, quoted + " makes the customer " + ageAtSignup
                    + " on signup_date " + date(c.signupDate()) + ", older than " + MAX_AGE_AT_SIGNUP);
        }
    }
}
