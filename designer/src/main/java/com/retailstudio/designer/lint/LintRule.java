package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.Journey;
import java.util.List;

/** One family of checks on a journey. */
interface LintRule {
    void check(Journey journey, List<Finding> findings);
}
