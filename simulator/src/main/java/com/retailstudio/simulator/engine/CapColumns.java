package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.FrequencyCap;
import java.time.ZoneId;
import java.util.List;

/**
 * Frequency caps as plain columns, and the check against a customer's {@link SendLog}: a journey's own caps
 * ({@link JourneyPlan}, checked by {@link Guardrails}) and a portfolio's ({@link PortfolioCaps}) count the same way.
 * Windows of whole days count calendar days in the customer's time zone, other windows the seconds before the send.
 * Immutable, so a plan's can be shared by every partition's thread.
 */
final class CapColumns {
    /** The journey channel ordinal each cap counts, or -1 for all channels. */
    final int[] channel;
    final int[] max;
    final long[] windowSeconds;
    final int[] calendarDays;

    CapColumns(List<FrequencyCap> caps) {
        channel = caps.stream().mapToInt(c -> c.channel().map(Enum::ordinal).orElse(-1)).toArray();
        max = caps.stream().mapToInt(FrequencyCap::maxMessages).toArray();
        windowSeconds = caps.stream().mapToLong(c -> c.window().toSeconds()).toArray();
        calendarDays = caps.stream().mapToInt(c -> LocalClock.calendarDays(c.window().toSeconds())).toArray();
    }

    int size() {
        return max.length;
    }

    /**
     * The first cap that a marketing send on {@code journeyChannel} at {@code t} to a customer in {@code zone} who
     * received {@code sends} would break, or -1 for none; {@code clock} is the asking run's.
     */
    int reached(int journeyChannel, long t, ZoneId zone, SendLog sends, LocalInstants clock) {
        for (int k = 0; k < max.length; k++) {
            if (channel[k] >= 0 && channel[k] != journeyChannel) {
                continue;
            }
            if (sends.countTowardsCaps(channel[k], windowStart(k, t, zone, clock)) >= max[k]) {
                return k;
            }
        }
        return -1;
    }

    /** Where cap {@code k}'s window starts for a send at {@code t} (epoch seconds). */
    long windowStart(int k, long t, ZoneId zone, LocalInstants clock) {
        return LocalClock.capWindowStart(clock, zone, t, calendarDays[k], windowSeconds[k]);
    }
}
