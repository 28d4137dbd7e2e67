package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.FrequencyCap;
import java.time.ZoneId;
import java.util.List;

/**
 * A portfolio's caps ({@link CapColumns}, counted as a journey's own are), checked against the customer's
 * {@link PortfolioSends}. One instance per partition: it remembers where the window of the last cap reached starts.
 */
final class PortfolioCaps {
    private final List<FrequencyCap> caps;
    private final CapColumns columns;
    private final LocalInstants clock = new LocalInstants();
    private long since;

    PortfolioCaps(List<FrequencyCap> caps) {
        this.caps = List.copyOf(caps);
        columns = new CapColumns(caps);
    }

    /** The first cap a marketing send on {@code journeyChannel} at {@code t} would break, or -1 for none. */
    int reached(int journeyChannel, long t, ZoneId zone, PortfolioSends sends) {
        int k = columns.reached(journeyChannel, t, zone, sends.log(), clock);
        if (k >= 0) {
            since = columns.windowStart(k, t, zone, clock);
        }
        return k;
    }

    /** After {@link #reached}: the start of the reached cap's window (epoch seconds). */
    long since() {
        return since;
    }

    /** The channel cap {@code k} counts, or -1 for all channels. */
    int channel(int k) {
        return columns.channel[k];
    }

    /** e.g. "at most 1 message per day across all channels". */
    String describe(int k) {
        return caps.get(k).describe();
    }
}
