package com.retailstudio.simulator.engine;

import java.time.Instant;
import java.time.LocalDate;
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
 * overlap takes the first occurrence), and instants to offsets, without asking the zone's rules each time: a daily
 * schedule asks for the same local time on 90 days for every customer, caps ask for local midnights at every send, and
 * the rules' answer costs a search and a few objects each time. The stretches between two transitions are remembered
 * per zone; a local time is local minus offset wherever that offset holds for two days either side of the instant:
 * more than any two offsets differ (±18 h), so no other offset can be valid for that local time, which is then
 * neither in a gap nor in an overlap. Nearer a transition it asks the rules. Not thread-safe: one instance per run.
 */
final class LocalInstants {
    private static final long MARGIN = 2 * 86_400L;
    private static final int MAX_STRETCHES = 32;

    /** Per zone: stretches of instants {@code [from, to)} between two transitions, and the offset over each. */
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
        long t = plain(zone, localSecond);
        if (t != Long.MIN_VALUE) {
            return t;
        }
        t = ZonedDateTime.of(LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC), zone).toEpochSecond();
        remember(last, zone.getRules(), t);
        return t;
    }

    /** The first instant of local day {@code epochDay} in {@code zone}, as {@link LocalDate#atStartOfDay} gives it. */
    long startOfDay(ZoneId zone, long epochDay) {
        long t = plain(zone, epochDay * 86_400L);
        if (t != Long.MIN_VALUE) {
            return t;
        }
        t = LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toEpochSecond();
        remember(last, zone.getRules(), t);
        return t;
    }

    /** The offset from UTC in {@code zone} at instant {@code epochSecond}, in seconds. */
    int offsetSeconds(ZoneId zone, long epochSecond) {
        Stretches s = stretches(zone);
        for (int i = 0; i < s.size; i++) {
            if (epochSecond >= s.from[i] && epochSecond < s.to[i]) {
                return s.offset[i];
            }
        }
        ZoneRules rules = zone.getRules();
        remember(s, rules, epochSecond);
        return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    /** The customer-local day of an instant (days since the local epoch). */
    long localDay(ZoneId zone, long epochSecond) {
        return Math.floorDiv(epochSecond + offsetSeconds(zone, epochSecond), 86_400L);
    }

    /** Local minus offset when that offset holds two days either side, else {@link Long#MIN_VALUE}. */
    private long plain(ZoneId zone, long localSecond) {
        Stretches s = stretches(zone);
        for (int i = 0; i < s.size; i++) {
            long t = localSecond - s.offset[i];
            if (t - MARGIN >= s.from[i] && t + MARGIN < s.to[i]) {
                return t;
            }
        }
        return Long.MIN_VALUE;
    }

    private Stretches stretches(ZoneId zone) {
        if (zone != lastZone) {
            last = byZone.computeIfAbsent(zone, z -> new Stretches());
            lastZone = zone;
        }
        return last;
    }

    private static void remember(Stretches s, ZoneRules rules, long t) {
        ZoneOffsetTransition before = rules.previousTransition(Instant.ofEpochSecond(t + 1));
        ZoneOffsetTransition after = rules.nextTransition(Instant.ofEpochSecond(t));
        long from = before == null ? Long.MIN_VALUE / 4 : before.toEpochSecond();
        long to = after == null ? Long.MAX_VALUE / 4 : after.toEpochSecond();
        if (s.size == MAX_STRETCHES) {
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
