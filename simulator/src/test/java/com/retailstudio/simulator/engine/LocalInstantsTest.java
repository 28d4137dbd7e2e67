package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Local times become the instants {@link ZonedDateTime#of} gives, in gaps and overlaps too, and instants offsets. */
class LocalInstantsTest {
    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
        "Pacific/Apia", "Asia/Kolkata", "America/Santiago", "+05:45"};

    @Test
    void everyLocalTimeOfTwoYearsInManyZonesIsTheRulesAnswer() {
        LocalInstants instants = new LocalInstants();
        SplittableRandom random = new SplittableRandom(7);
        long from = LocalDateTime.of(2010, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        for (int i = 0; i < 200_000; i++) {
            ZoneId zone = ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
            // minutes, so that many fall inside the half-hour and hour gaps and overlaps of the transitions
            long later = random.nextInt(20) == 0 ? 16 * 366 * 86_400L : 0;
            long local = from + later + 60L * random.nextInt(2 * 366 * 24 * 60);
            assertEquals(rules(zone, local), instants.instant(zone, local), zone + " " + local);
            long day = Math.floorDiv(local, 86_400L);
            assertEquals(LocalDate.ofEpochDay(day).atStartOfDay(zone).toEpochSecond(), instants.startOfDay(zone, day),
                    zone + " day " + day);
            // the local time read as an instant, so that instants near transitions are asked too
            assertEquals(LocalClock.offsetSeconds(zone, local), instants.offsetSeconds(zone, local), zone::toString);
            assertEquals(LocalClock.localDay(zone, local), instants.localDay(zone, local));
        }
    }

    @Test
    void aDayWhoseMidnightAGapSkipsStartsWhenTheGapEnds() {
        LocalInstants instants = new LocalInstants();
        // Santiago springs forward at local midnight: 2026-09-06 begins at 01:00 local, the instant of the transition
        ZoneId santiago = ZoneId.of("America/Santiago");
        long day = LocalDate.of(2026, 9, 6).toEpochDay();
        for (int d = -30; d < 30; d++) {
            instants.startOfDay(santiago, day + d);
        }
        long midnight = LocalDate.of(2026, 9, 6).atStartOfDay(santiago).toEpochSecond();

        assertEquals(midnight, instants.startOfDay(santiago, day));
        assertEquals(LocalDateTime.of(2026, 9, 6, 4, 0).toEpochSecond(ZoneOffset.UTC), midnight);
    }

    @Test
    void theHourASpringForwardGapSkipsMovesForwardAndAnOverlapTakesTheFirst() {
        LocalInstants instants = new LocalInstants();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // warm the zone's stretches first, so the answers near the transitions are not just the first asked
        for (int day = 0; day < 365; day++) {
            instants.instant(berlin, LocalDateTime.of(2026, 1, 1, 9, 0).plusDays(day).toEpochSecond(ZoneOffset.UTC));
        }
        long gap = LocalDateTime.of(2026, 3, 29, 2, 30).toEpochSecond(ZoneOffset.UTC);
        long overlap = LocalDateTime.of(2026, 10, 25, 2, 30).toEpochSecond(ZoneOffset.UTC);

        assertEquals(LocalDateTime.of(2026, 3, 29, 1, 30).toEpochSecond(ZoneOffset.UTC), instants.instant(berlin, gap));
        assertEquals(LocalDateTime.of(2026, 10, 25, 0, 30).toEpochSecond(ZoneOffset.UTC),
                instants.instant(berlin, overlap));
    }

    private static long rules(ZoneId zone, long local) {
        return ZonedDateTime.of(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), zone).toEpochSecond();
    }
}
