package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.decimal;
import static com.retailstudio.data.io.FieldText.instant;

import com.retailstudio.data.model.TrafficReading;
import java.time.Instant;

/**
 * Maps foot_traffic.csv rows to {@link TrafficReading} records and back, with the file's row rules.
 * Keeps state between rows, so use one instance per scan.
 */
final class TrafficReadingCodec implements RecordCodec<TrafficReading> {

    // Last reading time per visit (epoch nanoseconds); grows with the number of visits, not of readings.
    private final FingerprintTable lastReading = new FingerprintTable();

    @Override
    public DataFile file() {
        return DataFile.FOOT_TRAFFIC;
    }

    @Override
    public TrafficReading read(ParsedRow r) {
        return new TrafficReading(r.text(0), r.text(1), r.instant(2), r.decimal(3), r.decimal(4));
    }

    @Override
    public String[] write(TrafficReading t) {
        return new String[] {t.storeId(), t.visitId(), instant(t.timestamp()), decimal(t.xM()), decimal(t.yM())};
    }

    @Override
    public void check(TrafficReading t, RowCheck check) {
        check.references().storeFloor(t.storeId()).ifPresent(floor -> {
            if (t.xM() > floor[0] + RecordCodecs.EDGE_TOLERANCE_M) {
                check.fail("x_m", ProblemKind.OUT_OF_RANGE, ColumnType.quote(decimal(t.xM()))
                        + " is outside the store (width " + decimal(floor[0]) + " m)");
            }
            if (t.yM() > floor[1] + RecordCodecs.EDGE_TOLERANCE_M) {
                check.fail("y_m", ProblemKind.OUT_OF_RANGE, ColumnType.quote(decimal(t.yM()))
                        + " is outside the store (depth " + decimal(floor[1]) + " m)");
            }
        });
        String visit = t.storeId() + '\u0000' + t.visitId();
        long now = epochNanos(t.timestamp());
        long before = lastReading.get(visit);
        if (before != FingerprintTable.ABSENT && now < before) {
            check.fail("timestamp", ProblemKind.OUT_OF_ORDER, t.timestamp() + " is earlier than the previous reading "
                    + Instant.ofEpochSecond(0, before) + " of visit " + t.visitId() + " (a visit's readings must be in time order)");
        } else {
            lastReading.put(visit, now);
        }
    }

    /** Nanoseconds since the epoch; a long holds them from 1677 to 2262, beyond which order is only roughly checked. */
    private static long epochNanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }
}
