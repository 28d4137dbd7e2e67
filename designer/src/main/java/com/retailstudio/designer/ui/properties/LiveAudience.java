package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.library.AudienceCounts;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * An audience's size and breakdown kept up to date as its conditions are edited: each count runs off the JavaFX
 * thread, and edits made while one runs are coalesced, so only the newest conditions are counted next and typing
 * never queues work. Used by the Segments editor and the journey inspector's estimated audience.
 */
public final class LiveAudience {
    private final TaskExecutor tasks;
    private final AudienceCounts counts;
    private final ReadOnlyObjectWrapper<AudienceBreakdown> breakdown = new ReadOnlyObjectWrapper<>(this, "breakdown");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private Condition.Group pending;
    private Condition.Group counted;
    private boolean running;

    public LiveAudience(TaskExecutor tasks, AudienceCounts counts) {
        this.tasks = tasks;
        this.counts = counts;
    }

    /** Counts these conditions once the count running now (if any) is done; a newer request replaces this one. */
    public void request(Condition.Group conditions) {
        if (!running && conditions.equals(counted) && breakdown.get() != null) {
            return;
        }
        pending = conditions;
        if (!running) {
            next();
        }
    }

    /** Counts the last conditions again, e.g. after the active data set changed. */
    public void recount() {
        Condition.Group again = pending != null ? pending : counted;
        counted = null;
        if (again != null) {
            request(again);
        }
    }

    private void next() {
        Condition.Group conditions = pending;
        pending = null;
        running = true;
        counting.set(true);
        tasks.execute(BackgroundTask.of("Counting the audience", progress -> counts.count(conditions))
                .onSuccess(result -> {
                    counted = conditions;
                    breakdown.set(result);
                    problem.set("");
                    done();
                })
                .onFailure(error -> {
                    counted = conditions;
                    breakdown.set(null);
                    problem.set(Optional.ofNullable(error.getMessage()).orElse(error.getClass().getSimpleName()));
                    done();
                })
                .onCancelled(this::done));
    }

    private void done() {
        running = false;
        if (pending != null) {
            next();
        } else {
            counting.set(false);
        }
    }

    /** The newest count; null before the first, or when the last could not be made ({@link #problemProperty}). */
    public ReadOnlyObjectProperty<AudienceBreakdown> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }

    /** Why the last count could not be made; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a count runs or waits. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }
}
