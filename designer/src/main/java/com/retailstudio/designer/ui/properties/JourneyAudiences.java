package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.library.AudienceCounts;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.library.SegmentLibrary;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import com.retailstudio.ui.task.TaskExecutor;
import java.time.Clock;
import javafx.beans.Observable;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the journey inspector needs for a journey's audience: the saved segments it may be taken from, and counting
 * the entry's estimated audience on the active data set (off the JavaFX thread through {@code tasks}), counted again
 * whenever {@code dataSetChanges} says the active data set changed.
 */
public record JourneyAudiences(SegmentLibrary segments, TaskExecutor tasks, AudienceCounts counts,
                               Observable dataSetChanges) {

    /** Counting on a data set that never changes while the inspector is open. */
    public JourneyAudiences(SegmentLibrary segments, TaskExecutor tasks, AudienceCounts counts) {
        this(segments, tasks, counts, new SimpleObjectProperty<>());
    }

    /** No saved segments and no data set: the audience is written in the journey and nothing is estimated. */
    public static JourneyAudiences none() {
        return new JourneyAudiences(new InMemorySegmentLibrary(Clock.systemUTC(), ""), new CurrentThreadTaskExecutor(),
                AudienceCounts.NONE);
    }

    /** Whether there is a data set to estimate the audience on. */
    public boolean estimates() {
        return counts != AudienceCounts.NONE;
    }
}
