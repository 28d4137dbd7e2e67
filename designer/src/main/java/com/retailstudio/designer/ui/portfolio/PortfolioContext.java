package com.retailstudio.designer.ui.portfolio;

import com.retailstudio.designer.library.AudienceCounts;
import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.library.PortfolioRulesLibrary;
import com.retailstudio.designer.library.SegmentLibrary;
import com.retailstudio.ui.task.TaskExecutor;
import java.util.Objects;

/**
 * What the Portfolio rules editor works with: where the rules are kept, the workspace's journeys (for the priority
 * order and the overlap lint), its saved segments (to suppress), and counting on the active data set off the JavaFX
 * thread.
 */
public record PortfolioContext(PortfolioRulesLibrary rules, JourneyLibrary journeys, SegmentLibrary segments,
                               AudienceCounts counts, TaskExecutor tasks) {
    public PortfolioContext {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(journeys, "journeys");
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(tasks, "tasks");
    }
}
