package com.retailstudio.designer.library;

import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;

/**
 * Counts who meets conditions on the active data set, with the breakdown: the simulator's evaluation in the
 * application, a stand-in in tests. Called off the JavaFX thread; the first call may load the data set.
 */
@FunctionalInterface
public interface AudienceCounts {

    /** Nothing to count on: every call says there is no active data set. */
    AudienceCounts NONE = conditions -> {
        throw new IllegalStateException("There is no active data set to count the audience on.");
    };

    /**
     * @throws IllegalArgumentException when the conditions cannot be evaluated (the message says why)
     * @throws IllegalStateException    when there is no data set to count on
     */
    AudienceBreakdown count(Condition.Group conditions);
}
