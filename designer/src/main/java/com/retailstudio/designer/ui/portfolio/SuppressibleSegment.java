package com.retailstudio.designer.ui.portfolio;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.designer.model.SegmentReference;
import java.util.Objects;

/** A saved segment version that can be suppressed, as the segment choice shows it. */
public record SuppressibleSegment(SegmentReference reference, Condition.Group conditions) {
    public SuppressibleSegment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(conditions, "conditions");
    }

    static SuppressibleSegment of(PortfolioRules.SuppressedSegment suppressed) {
        return new SuppressibleSegment(suppressed.segment(), suppressed.conditions());
    }

    PortfolioRules.SuppressedSegment suppressed() {
        return new PortfolioRules.SuppressedSegment(reference, conditions);
    }

    /** "Lapsed customers (v3)": what the choice box lists. */
    @Override
    public String toString() {
        return reference.name() + " (v" + reference.version() + ")";
    }
}
