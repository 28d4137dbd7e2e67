package com.retailstudio.layout.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.TimeFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DaypartTimeZoneTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static StoreTraffic newYorkVisits() {
        StorePlan plan = HandMadeStore.plan(NEW_YORK);
        StoreTraffic.Builder b = StoreTraffic.builder(plan);
        // Saturday 03:30 UTC is Friday 23:30 in New York (EDT, UTC-4)
        HandMadeStore.visit(b, "FRIDAY_NIGHT", "2026-06-06T03:30:00Z", 1, 9, 2, 2);
        // Sunday 02:00 UTC is Saturday 22:00 in New York
        HandMadeStore.visit(b, "SATURDAY_NIGHT", "2026-06-07T02:00:00Z", 1, 9, 2, 2);
        // Monday 13:00 UTC is Monday 09:00 in New York
        HandMadeStore.visit(b, "MONDAY_MORNING", "2026-06-08T13:00:00Z", 1, 9, 2, 2);
        return b.build();
    }

    @Test
    void saturdayMeansTheStoresLocalSaturdayNotUtc() {
        assertArrayEquals(new boolean[] {false, true, false},
                newYorkVisits().visitsIn(TimeFilter.ALL.withDaypart(Daypart.SATURDAY)));
    }

    @Test
    void weekdayMorningUsesLocalHours() {
        assertArrayEquals(new boolean[] {false, false, true},
                newYorkVisits().visitsIn(TimeFilter.ALL.withDaypart(Daypart.WEEKDAY_MORNING)));
        assertArrayEquals(new boolean[] {true, false, false},
                newYorkVisits().visitsIn(TimeFilter.ALL.withDaypart(Daypart.hours(23, 24))));
    }

    @Test
    void dateRangeIsInclusiveAndInLocalDates() {
        TimeFilter friday = new TimeFilter(Optional.of(LocalDate.of(2026, 6, 5)), Optional.of(LocalDate.of(2026, 6, 5)),
                Daypart.ALL);
        assertArrayEquals(new boolean[] {true, false, false}, newYorkVisits().visitsIn(friday));
        TimeFilter fromSaturday = new TimeFilter(Optional.of(LocalDate.of(2026, 6, 6)), Optional.empty(), Daypart.ALL);
        assertArrayEquals(new boolean[] {false, true, true}, newYorkVisits().visitsIn(fromSaturday));
    }

    @Test
    void basketsFollowTheSameLocalCalendar() {
        StoreBaskets baskets = StoreBaskets.builder(HandMadeStore.CATEGORIES, NEW_YORK)
                .add("T1", Instant.parse("2026-06-06T03:30:00Z"), "pasta", 1, 1)
                .add("T2", Instant.parse("2026-06-07T02:00:00Z"), "wine", 1, 1).build();
        assertEquals(List.of("T2"), baskets.in(TimeFilter.ALL.withDaypart(Daypart.SATURDAY)).stream()
                .map(TillBasket::transactionId).toList());
    }

    @Test
    void dayPartsParseByNameOrHourRangeAndRejectNonsenseWithTheAcceptedSpellings() {
        assertEquals(Daypart.WEEKDAY_EVENING, Daypart.parse("weekday-evening"));
        assertEquals(Daypart.hours(10, 14), Daypart.parse("10-14"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Daypart.parse("brunch"));
        assertTrue(e.getMessage().contains("weekday-lunch"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Daypart.parse("14-10"));
    }

    @Property
    void anHourRangeCoversExactlyItsHoursOnEveryDay(@ForAll @IntRange(min = 0, max = 23) int from,
                                                   @ForAll @IntRange(min = 1, max = 24) int length,
                                                   @ForAll @IntRange(min = 0, max = 167) int weekHour) {
        int to = Math.min(24, from + length);
        boolean[] flags = Daypart.hours(from, to).weekHourFlags();
        int hour = weekHour % 24;
        assertEquals(hour >= from && hour < to, flags[weekHour]);
    }
}
