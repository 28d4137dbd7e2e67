package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import com.retailstudio.ui.task.RunningTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveAudienceTest {

    /** Holds each task until the test lets it run, as a background thread that has not finished yet. */
    private static final class HeldTasks implements TaskExecutor {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> RunningTask execute(BackgroundTask<T> task) {
            held.add(() -> new CurrentThreadTaskExecutor().execute(task));
            return null;
        }

        void finishNext() {
            held.removeFirst().run();
        }

        int waiting() {
            return held.size();
        }

        @Override
        public void shutdown() {
        }
    }

    private static Condition.Group atLeast(double sensitivity) {
        return Condition.Group.all(new Condition.Comparison("price_sensitivity", Operator.AT_LEAST,
                new ConditionValue.NumberValue(sensitivity)));
    }

    private static AudienceBreakdown sized(int size) {
        return new AudienceBreakdown(size, 100, Instant.EPOCH, Map.of(), Map.of(), Map.of(), Map.of());
    }

    @Test
    void editsMadeWhileACountRunsAreCoalescedIntoOneCountOfTheNewest() {
        HeldTasks tasks = new HeldTasks();
        List<Condition.Group> counted = new ArrayList<>();
        LiveAudience live = new LiveAudience(tasks, conditions -> {
            counted.add(conditions);
            return sized((int) (100 * (1 - ((ConditionValue.NumberValue) ((Condition.Comparison)
                    conditions.conditions().get(0)).value()).value())));
        });

        live.request(atLeast(0.1));
        live.request(atLeast(0.2));
        live.request(atLeast(0.3));
        live.request(atLeast(0.4));
        assertTrue(live.countingProperty().get());
        assertEquals(1, tasks.waiting());

        tasks.finishNext();
        assertEquals(90, live.breakdownProperty().get().size());
        assertEquals(1, tasks.waiting(), "one count of the newest edit, not three");
        tasks.finishNext();
        assertEquals(60, live.breakdownProperty().get().size());
        assertEquals(0, tasks.waiting());
        assertFalse(live.countingProperty().get());
        assertEquals(List.of(atLeast(0.1), atLeast(0.4)), counted);
    }

    @Test
    void theSameConditionsAreNotCountedTwiceUnlessAskedAgain() {
        List<Condition.Group> counted = new ArrayList<>();
        LiveAudience live = new LiveAudience(new CurrentThreadTaskExecutor(), conditions -> {
            counted.add(conditions);
            return sized(5);
        });
        live.request(atLeast(0.5));
        live.request(atLeast(0.5));
        assertEquals(1, counted.size());
        live.recount();
        assertEquals(2, counted.size());
    }

    @Test
    void aCountThatCannotBeMadeSaysWhy() {
        LiveAudience live = new LiveAudience(new CurrentThreadTaskExecutor(), conditions -> {
            throw new IllegalStateException("There is no active data set to count the audience on.");
        });
        live.request(atLeast(0.5));
        assertNull(live.breakdownProperty().get());
        assertEquals("There is no active data set to count the audience on.", live.problemProperty().get());
    }
}
