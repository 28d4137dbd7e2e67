package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.data.model.EventType;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Counts kept up as time moves are the counts a scan of the customer's events gives, whatever the order asked. */
class EventWindowsTest {
    private static final EventType[] TYPES = {EventType.PRODUCT_VIEW, EventType.PURCHASE, EventType.ADD_TO_CART};

    @Test
    void countsAndTimesSinceTheLastAreTheScansAnswers() {
        Cases cases = new Cases();
        SplittableRandom random = new SplittableRandom(11);
        long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        for (int c = 0; c < 30; c++) {
            cases.customer("C" + c, "UTC");
            int events = c % 5 == 0 ? 0 : random.nextInt(60);
            for (int e = 0; e < events; e++) {
                // whole hours, so that several events share a second and windows end exactly on events
                long t = start + 3600L * random.nextInt(24 * 40);
                cases.event("C" + c, Instant.ofEpochSecond(t).toString(), TYPES[random.nextInt(TYPES.length)]);
            }
        }
        CustomerData data = cases.data();
        EventWindows windows = new EventWindows();
        long[] windowDays = {0, 1, 7, 30};
        for (int c = 0; c < data.size(); c++) {
            int first = data.firstEvent(c);
            int end = data.endEvent(c);
            windows.reset(data, first, end);
            long now = start - 86_400;
            for (int q = 0; q < 300; q++) {
                // mostly forward in time, sometimes back, as a trace run or a probe may ask
                now += random.nextInt(10) == 0 ? -3600L * random.nextInt(100) : 3600L * random.nextInt(12);
                int type = TYPES[random.nextInt(TYPES.length)].ordinal();
                long window = windowDays[random.nextInt(windowDays.length)] * 86_400L;
                assertEquals(data.countEvents(first, end, type, now, window), windows.count(type, window, now));
                assertEquals(data.secondsSinceLast(first, end, type, now), windows.secondsSinceLast(type, now));
            }
        }
    }
}
