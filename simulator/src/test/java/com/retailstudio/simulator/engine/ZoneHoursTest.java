package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hour from a zone's offsets worked out once is the hour its rules give, at every second that matters. */
class ZoneHoursTest {

    @Test
    void everyZoneAgreesWithItsRulesAroundEachChangeOfAYear() {
        long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneId zone = ZoneId.of(id);
            ZoneHours hours = new ZoneHours(zone, from, to);
            for (ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.ofEpochSecond(from - 86_400));
                    t != null && t.toEpochSecond() < to + 86_400;
                    t = zone.getRules().nextTransition(t.getInstant())) {
                for (long d = -3601; d <= 3601; d += d == -2 || d == 0 ? 1 : 1799) {
                    assertSameHour(zone, hours, t.toEpochSecond() + d);
                }
            }
            assertSameHour(zone, hours, from);
            assertSameHour(zone, hours, to);
            assertSameHour(zone, hours, from - 1);
            assertSameHour(zone, hours, to + 1);
        }
    }

    @Property(tries = 2000)
    void anyInstantGetsTheRulesHour(@ForAll("zones") String id, @ForAll("instants") long at) {
        ZoneId zone = ZoneId.of(id);
        assertSameHour(zone, new ZoneHours(zone, Instant.parse("2026-02-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2026-12-01T00:00:00Z").getEpochSecond()), at);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList());
    }

    @Provide
    Arbitrary<Long> instants() {
        return Arbitraries.longs().between(Instant.parse("2025-06-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2027-06-01T00:00:00Z").getEpochSecond());
    }

    private static void assertSameHour(ZoneId zone, ZoneHours hours, long at) {
        assertEquals(LocalClock.offsetSeconds(zone, at), hours.offsetSeconds(at), zone + " at " + at);
        assertEquals(LocalClock.localHour(zone, at), hours.localHour(at), zone + " at " + at);
    }
}
