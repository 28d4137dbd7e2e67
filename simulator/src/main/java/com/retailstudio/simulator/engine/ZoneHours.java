package com.retailstudio.simulator.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The local hour of instants in one time zone, from the offsets in force over a span worked out once: a zone has a
 * handful of transitions in a data set's period, so an instant's hour costs a comparison or two instead of a search of
 * the zone's rules (which, for recent years, builds the year's transitions from its rules). Outside the span it asks
 * the rules, so the answer is {@link LocalClock#localHour}'s for every instant.
 */
final class ZoneHours {
    private final ZoneId zone;
    private final long from;
    private final long to;
    /** The first epoch second of each offset's stretch within [from, to], ascending; the first is {@code from}. */
    private final long[] starts;
    private final int[] offsets;

    ZoneHours(ZoneId zone, long from, long to) {
        this.zone = zone;
        this.from = from;
        this.to = to;
        ZoneRules rules = zone.getRules();
        List<Long> stretch = new ArrayList<>();
        stretch.add(from);
        Instant cursor = Instant.ofEpochSecond(from);
        for (ZoneOffsetTransition t = rules.nextTransition(cursor); t != null && t.toEpochSecond() <= to;
                t = rules.nextTransition(cursor)) {
            cursor = t.getInstant();
            stretch.add(t.toEpochSecond());
        }
        starts = new long[stretch.size()];
        offsets = new int[stretch.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = stretch.get(i);
            // the offset the rules give at the stretch's first second, so this is the rules' answer by construction
            offsets[i] = LocalClock.offsetSeconds(zone, starts[i]);
        }
    }

    ZoneId zone() {
        return zone;
    }

    int offsetSeconds(long epochSecond) {
        if (epochSecond < from || epochSecond > to) {
            return LocalClock.offsetSeconds(zone, epochSecond);
        }
        int i = starts.length - 1;
        while (starts[i] > epochSecond) {
            i--;
        }
        return offsets[i];
    }

    int localHour(long epochSecond) {
        return LocalClock.hourOfLocalSecond(epochSecond + offsetSeconds(epochSecond));
    }
}
