package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.EntryTrigger.Repeat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A scheduled trigger's entries fall at its local time of day in each customer's zone, from the horizon on. */
class EntryScheduleTest {
    private static final long HORIZON = Instant.parse("2026-03-01T00:00:00Z").getEpochSecond();
    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
        "Pacific/Kiritimati", "Pacific/Pago_Pago"};

    @Test
    void aDailyScheduleFromLastYearEntersAtItsLocalTimeOnTheHorizonsFirstDay() {
        EntrySchedule schedule = new EntrySchedule(new EntryTrigger.ScheduleTrigger(LocalDate.of(2025, 1, 10),
                LocalTime.of(9, 30), Repeat.DAILY), HORIZON);
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertEquals(Instant.parse("2026-03-01T08:30:00Z").getEpochSecond(), schedule.first(berlin));
        assertEquals(Instant.parse("2026-03-02T08:30:00Z").getEpochSecond(), schedule.next());
    }

    @Test
    void aOnceScheduleBeforeTheHorizonNeverEnters() {
        EntrySchedule schedule = new EntrySchedule(new EntryTrigger.ScheduleTrigger(LocalDate.of(2026, 2, 27),
                LocalTime.NOON, Repeat.ONCE), HORIZON);

        assertEquals(EntrySchedule.NEVER, schedule.first(ZoneId.of("UTC")));
    }

    @Property(tries = 500)
    void entriesAreTheScheduledTimesFromTheHorizonOn(@ForAll Repeat repeat, @ForAll @IntRange(min = -900, max = 60)
            int startDay, @ForAll @IntRange(max = 23) int hour, @ForAll @IntRange(max = 5) int zoneIndex) {
        LocalDate start = LocalDate.of(2026, 3, 1).plusDays(startDay);
        EntryTrigger.ScheduleTrigger trigger = new EntryTrigger.ScheduleTrigger(start, LocalTime.of(hour, 15), repeat);
        ZoneId zone = ZoneId.of(ZONES[zoneIndex]);
        EntrySchedule schedule = new EntrySchedule(trigger, HORIZON);

        int k = 0;
        while (time(trigger, k, zone) < HORIZON && repeat != Repeat.ONCE) {
            k++;
        }
        long expected = time(trigger, k, zone);
        assertEquals(expected < HORIZON ? EntrySchedule.NEVER : expected, schedule.first(zone));
        if (expected >= HORIZON) {
            assertEquals(repeat == Repeat.ONCE ? EntrySchedule.NEVER : time(trigger, k + 1, zone), schedule.next());
        }
    }

    /** The k-th scheduled time, counted from the start one step at a time. */
    private static long time(EntryTrigger.ScheduleTrigger trigger, int k, ZoneId zone) {
        LocalDate day = switch (trigger.repeat()) {
            case ONCE, DAILY -> trigger.start().plusDays(k);
            case WEEKLY -> trigger.start().plusWeeks(k);
            case MONTHLY -> trigger.start().plusMonths(k);
        };
        return ZonedDateTime.of(day, trigger.at(), zone).toEpochSecond();
    }
}
