package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.Condition;
import java.util.Optional;

/** A row of a condition editor: one comparison, or a nested AND/OR group. */
public sealed interface ConditionRow permits ComparisonModel, ConditionGroupModel {

    /** The condition the row stands for, or empty (with its problems shown) when some part does not read. */
    Optional<? extends Condition> read();
}
