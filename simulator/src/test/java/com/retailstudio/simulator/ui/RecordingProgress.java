package com.retailstudio.simulator.ui;

import com.retailstudio.ui.task.ProgressReporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Stands in for the user watching a task: remembers the fractions the task reported, and cancels when told to. */
final class RecordingProgress implements ProgressReporter {
    final List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
    final AtomicBoolean cancel = new AtomicBoolean();

    @Override
    public void update(double fraction, String message) {
        fractions.add(fraction);
    }

    @Override
    public boolean isCancelled() {
        return cancel.get();
    }
}
