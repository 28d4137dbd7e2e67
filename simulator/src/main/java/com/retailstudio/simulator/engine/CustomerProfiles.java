package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.KINDS;

import com.retailstudio.data.model.EventType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What counting a send needs to know of its customer, packed into one long per customer: the age band, the attribute
 * bucket for each message kind ({@link ResponseModel#bucket}) and the customer's zone, whose offsets over the data's
 * period are worked out once ({@link ZoneHours}). Sends are then counted customer by customer, reading the grouped
 * event columns front to back and one long per customer.
 */
final class CustomerProfiles {
    private static final int BITS = 3;
    private static final int FIELD = (1 << BITS) - 1;
    private static final int ZONE_SHIFT = 32;

    static {
        if (ResponseModel.AGES > FIELD + 1 || ResponseModel.BUCKETS > FIELD + 1 || (KINDS + 1) * BITS > ZONE_SHIFT) {
            throw new IllegalStateException("a customer's age band and buckets no longer fit their bits");
        }
    }

    private static final int SENT = EventType.MESSAGE_SENT.ordinal();
    private final CustomerData data;
    private final long[] profile;
    private final ZoneHours[] zones;

    CustomerProfiles(CustomerData data) {
        this.data = data;
        profile = new long[data.size()];
        Map<ZoneId, Integer> index = new IdentityHashMap<>();
        List<ZoneHours> hours = new ArrayList<>();
        ZoneId last = null;
        long zone = 0;
        for (int c = 0; c < profile.length; c++) {
            if (data.zone(c) != last) {
                last = data.zone(c);
                zone = index.computeIfAbsent(last, z -> {
                    hours.add(new ZoneHours(z, data.horizonStart(), data.horizonEnd()));
                    return hours.size() - 1;
                });
            }
            long p = data.ageBand(c) | zone << ZONE_SHIFT;
            for (int kind = 0; kind < KINDS; kind++) {
                p |= (long) ResponseModel.bucket(kind, data.priceSensitivity(c), data.tier(c)) << (BITS * (kind + 1));
            }
            profile[c] = p;
        }
        zones = hours.toArray(ZoneHours[]::new);
    }

    /**
     * Counts the sends of customers [from, to); {@code sends} holds each send's kind and outcome by event position
     * ({@link SendTally#kind}, {@link SendTally#outcome}).
     */
    SendTally tally(byte[] sends, int from, int to) {
        SendTally tally = new SendTally();
        for (int c = from; c < to; c++) {
            long p = profile[c];
            ZoneHours zone = zones[(int) (p >>> ZONE_SHIFT)];
            for (int e = data.firstEvent(c); e < data.endEvent(c); e++) {
                if (data.type(e) != SENT) {
                    continue;
                }
                int kind = SendTally.kind(sends[e]);
                tally.send(data.channel(e), kind, (int) p & FIELD, zone.localHour(data.time(e)),
                        (int) (p >>> (BITS * (kind + 1))) & FIELD, SendTally.outcome(sends[e]));
            }
        }
        return tally;
    }
}
