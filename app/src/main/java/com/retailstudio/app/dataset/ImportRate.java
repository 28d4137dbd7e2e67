package com.retailstudio.app.dataset;

import java.util.Locale;
import java.util.function.LongSupplier;

/** Words an import's progress with its rate: "Reading events.csv: 4,200,000 rows, 1,050,000 rows/s". */
public final class ImportRate {

    private final LongSupplier nanoClock;
    private final long started;

    public ImportRate(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    public static ImportRate startingNow() {
        return new ImportRate(System::nanoTime);
    }

    /** Rows per second since the start. */
    public double rowsPerSecond(long rows) {
        double seconds = seconds();
        return seconds <= 0 ? 0 : rows / seconds;
    }

    public double seconds() {
        return (nanoClock.getAsLong() - started) / 1e9;
    }

    public String describe(String stage, long rows) {
        return String.format(Locale.ROOT, "%s: %,d rows, %,.0f rows/s", stage, rows, rowsPerSecond(rows));
    }
}
