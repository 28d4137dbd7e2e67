package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.EntryTrigger;
import java.time.ZoneId;

/**
 * A scheduled trigger's entry times for one customer at a time: the schedule's local time of day in the customer's
 * own zone, from the horizon's start on.
 */
final class EntrySchedule {
    /** No (further) entry. */
    static final long NEVER = Long.MAX_VALUE;

    private final EntryTrigger.ScheduleTrigger schedule;
    private final long horizonStart;
    private final long startDay;
    private final int atSecond;
    private final LocalInstants instants = new LocalInstants();
    private ZoneId zone;
    private int step;

    EntrySchedule(EntryTrigger.ScheduleTrigger schedule, long horizonStart) {
        this.schedule = schedule;
        this.horizonStart = horizonStart;
        this.startDay = schedule.start().toEpochDay();
        this.atSecond = schedule.at().toSecondOfDay();
    }

    /** The first entry at or after the horizon's start for a customer in {@code customerZone}, or {@link #NEVER}. */
    long first(ZoneId customerZone) {
        zone = customerZone;
        step = 0;
        long first = time(0);
        if (schedule.repeat() != EntryTrigger.Repeat.ONCE && first < horizonStart) {
            long horizonDay = LocalClock.localDay(zone, horizonStart);
            int unit = switch (schedule.repeat()) {
                case DAILY -> 1;
                case WEEKLY -> 7;
                default -> 31;
            };
            // Jump to just before the horizon (no month is longer than 31 days), not step from a distant start.
            step = (int) Math.max(0, (horizonDay - startDay) / unit - 1);
            first = time(step);
            while (first < horizonStart) {
                first = time(++step);
            }
        }
        return first < horizonStart ? NEVER : first;
    }

    /** The entry after the last one {@link #first} or {@code next} gave, or {@link #NEVER}. */
    long next() {
        return schedule.repeat() == EntryTrigger.Repeat.ONCE ? NEVER : time(++step);
    }

    private long time(int k) {
        long day = switch (schedule.repeat()) {
            case ONCE, DAILY -> startDay + k;
            case WEEKLY -> startDay + 7L * k;
            case MONTHLY -> schedule.start().plusMonths(k).toEpochDay();
        };
        return instants.instant(zone, day * 86_400L + atSecond);
    }
}
