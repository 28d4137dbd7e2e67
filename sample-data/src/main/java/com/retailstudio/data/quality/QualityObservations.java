package com.retailstudio.data.quality;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataSetVisitor;
import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.data.model.AgeBand;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the quality report needs from the rows themselves (the newest event, consents granted per purpose, each
 * dated file's span of dates, birth dates and age bands),
 * accumulated without keeping them: a visitor of the checker's pass, or of an import's beside its writer.
 */
public final class QualityObservations implements DataSetVisitor {

    private Instant newestEvent;
    private final Map<ConsentPurpose, Long> granted = new EnumMap<>(ConsentPurpose.class);
    /**
     * Per file with a date column, the span of its rows' dates in epoch milliseconds, by the file's ordinal
     * (products' season dates are plans, not data); plain arrays because every event passes here.
     */
    private final long[] earliest = new long[DataFile.values().length];
    private final long[] latest = new long[DataFile.values().length];
    private final boolean[] dated = new boolean[DataFile.values().length];

    /**
     * Birth dates (epoch days) and age bands of the customers with a birth date, kept until the newest event gives
     * the day their band is judged on: eight bytes a customer with one.
     */
    private int[] birthDays = new int[1024];
    private AgeBand[] bands = new AgeBand[1024];
    private int born;

    @Override
    public void customer(Customer customer) {
        dated(DataFile.CUSTOMERS, customer.signupDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        if (customer.birthDate().isPresent()) {
            if (born == birthDays.length) {
                birthDays = Arrays.copyOf(birthDays, born * 2);
                bands = Arrays.copyOf(bands, born * 2);
            }
            birthDays[born] = (int) customer.birthDate().get().toEpochDay();
            bands[born++] = customer.ageBand();
        }
    }

    /**
     * How many customers a birth date puts below ({@code [0]}) and above ({@code [1]}) their age band on
     * {@code day}.
     */
    long[] outsideAgeBand(LocalDate day) {
        long[] outside = new long[2];
        for (int i = 0; i < born; i++) {
            int compared = bands[i].compareAge(Period.between(LocalDate.ofEpochDay(birthDays[i]), day).getYears());
            if (compared != 0) {
                outside[compared < 0 ? 0 : 1]++;
            }
        }
        return outside;
    }

    @Override
    public void event(Event event) {
        if (newestEvent == null || event.timestamp().isAfter(newestEvent)) {
            newestEvent = event.timestamp();
        }
        dated(DataFile.EVENTS, event.timestamp());
    }

    @Override
    public void consent(Consent consent) {
        // (customer_id, purpose) is unique among valid rows, so counting rows counts customers.
        if (consent.granted()) {
            granted.merge(consent.purpose(), 1L, Long::sum);
        }
        dated(DataFile.CONSENTS, consent.updatedAt());
    }

    @Override
    public void weeklySale(WeeklySale sale) {
        dated(DataFile.SALES_WEEKLY, sale.weekStart().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Override
    public void basketLine(BasketLine line) {
        dated(DataFile.BASKETS, line.timestamp());
    }

    @Override
    public void trafficReading(TrafficReading reading) {
        dated(DataFile.FOOT_TRAFFIC, reading.timestamp());
    }

    private void dated(DataFile file, Instant at) {
        int index = file.ordinal();
        long millis = at.toEpochMilli();
        if (!dated[index]) {
            dated[index] = true;
            earliest[index] = millis;
            latest[index] = millis;
        } else if (millis < earliest[index]) {
            earliest[index] = millis;
        } else if (millis > latest[index]) {
            latest[index] = millis;
        }
    }

    /** The span of the file's dates, if it has a date column and valid rows. */
    Optional<DateRange> dates(DataFile file) {
        int index = file.ordinal();
        return dated[index] ? Optional.of(new DateRange(Instant.ofEpochMilli(earliest[index]),
                Instant.ofEpochMilli(latest[index]))) : Optional.empty();
    }

    /** The newest event's time, or null before any event. */
    Instant newestEvent() {
        return newestEvent;
    }

    long granted(ConsentPurpose purpose) {
        return granted.getOrDefault(purpose, 0L);
    }
}
