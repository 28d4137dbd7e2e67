package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.FrequencyCap;
import java.time.ZoneId;
import java.util.List;

/**
 * A portfolio's caps as plain numbers, checked against the customer's {@link PortfolioSends}: windows of whole days
 * count calendar days in the customer's time zone, other windows the seconds before the send, as a journey's caps do.
 */
final class PortfolioCaps {
    private final List<FrequencyCap> caps;
    private final int[] channel;
    private final int[] max;
    private final long[] windowSeconds;
    private final int[] calendarDays;
    private final LocalInstants clock = new LocalInstants();
    private long since;

    PortfolioCaps(List<FrequencyCap> caps) {
        this.caps = List.copyOf(caps);
        channel = caps.stream().mapToInt(c -> c.channel().map(Enum::ordinal).orElse(-1)).toArray();
        max = caps.stream().mapToInt(FrequencyCap::maxMessages).toArray();
        windowSeconds = caps.stream().mapToLong(c -> c.window().toSeconds()).toArray();
        calendarDays = caps.stream().mapToInt(c -> LocalClock.calendarDays(c.window().toSeconds())).toArray();
    }

    /** The first cap a marketing send on {@code journeyChannel} at {@code t} would break, or -1 for none. */
    int reached(int journeyChannel, long t, ZoneId zone, PortfolioSends sends) {
        for (int k = 0; k < max.length; k++) {
            if (channel[k] >= 0 && channel[k] != journeyChannel) {
                continue;
            }
            long from = LocalClock.capWindowStart(clock, zone, t, calendarDays[k], windowSeconds[k]);
            if (sends.countTowardsCaps(channel[k], from) >= max[k]) {
                since = from;
                return k;
            }
        }
        return -1;
    }

    /** After {@link #reached}: the start of the reached cap's window (epoch seconds). */
    long since() {
        return since;
    }

    /** The channel cap {@code k} counts, or -1 for all channels. */
    int channel(int k) {
        return channel[k];
    }

    /** e.g. "at most 1 message per day across all channels". */
    String describe(int k) {
        return caps.get(k).describe();
    }
}
