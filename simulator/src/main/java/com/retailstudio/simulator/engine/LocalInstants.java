package com.retailstudio.simulator.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Local date-times to instants exactly as {@link ZonedDateTime#of} gives them (a gap moves the time forward, an
 * overlap takes the first occurrence), without asking the zone's rules each time: a daily schedule asks for the same
 * local time on 90 days for every customer, and the rules' answer costs a search and a few objects each time. The
 * answer is local minus offset wherever that offset holds for two days either side of the instant: more than any two
 * offsets differ (±18 h), so no other offset can be valid for that local time, which is then neither in a gap nor in an
 * overlap. Nearer a transition it asks the rules. Not thread-safe: one instance per run, like the run.
 */
final class LocalInstants {
    private static final long MARGIN = 2 * 86_400L;
    private static final int MAX_STRETCHES = 32;

    /** Per zone: stretches of instants {@code [from, to)} over which {@code offset} may simply be subtracted. */
    private static final class Stretches {
        long[] from = new long[4];
        long[] to = new long[4];
        int[] offset = new int[4];
        int size;
    }

    private final Map<ZoneId, Stretches> byZone = new HashMap<>();
    private ZoneId lastZone;
    private Stretches last;

    /** The instant (epoch second) of local time {@code localSecond} (seconds since the local epoch) in {@code zone}. */
    long instant(ZoneId zone, long localSecond) {
        if (zone != lastZone) {
            last = byZone.computeIfAbsent(zone, z -> new Stretches());
            lastZone = zone;
        }
        Stretches s = last;
        for (int i = 0; i < s.size; i++) {
            long t = localSecond - s.offset[i];
            if (t >= s.from[i] && t < s.to[i]) {
                return t;
            }
        }
        long t = ZonedDateTime.of(LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC), zone).toEpochSecond();
        remember(s, zone.getRules(), t);
        return t;
    }

    private static void remember(Stretches s, ZoneRules rules, long t) {
        ZoneOffsetTransition before = rules.previousTransition(Instant.ofEpochSecond(t + 1));
        ZoneOffsetTransition after = rules.nextTransition(Instant.ofEpochSecond(t));
        long from = before == null ? Long.MIN_VALUE / 4 : before.toEpochSecond() + MARGIN;
        long to = after == null ? Long.MAX_VALUE / 4 : after.toEpochSecond() - MARGIN;
        if (from >= to || s.size == MAX_STRETCHES) {
            return;
        }
        for (int i = 0; i < s.size; i++) {
            if (s.from[i] == from) {
                return;
            }
        }
        if (s.size == s.from.length) {
            s.from = Arrays.copyOf(s.from, s.size * 2);
            s.to = Arrays.copyOf(s.to, s.size * 2);
            s.offset = Arrays.copyOf(s.offset, s.size * 2);
        }
        s.from[s.size] = from;
        s.to[s.size] = to;
        s.offset[s.size] = rules.getOffset(Instant.ofEpochSecond(t)).getTotalSeconds();
        s.size++;
    }
}
