package com.retailstudio.app.ui.data.segments;

import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.ConditionDiff;
import com.retailstudio.designer.model.SegmentDiff;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved versions of the segment being edited, newest first, and the comparison of two of them: what changed from
 * the earlier to the later, condition by condition ({@link SegmentDiff}), as the journeys' versions compare.
 */
public final class SegmentVersionsModel {

    private final ObservableList<SegmentVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<SegmentVersion> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<SegmentVersion> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<ConditionDiff.Line> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    SegmentVersionsModel() {
        from.addListener((observable, before, now) -> compare());
        to.addListener((observable, before, now) -> compare());
        compare();
    }

    /**
     * Shows the segment's versions (newest first) and compares: the newest with the version before it, or an older
     * one opened with the newest (what changed since).
     */
    void show(List<SegmentVersion> history, SegmentVersion opened) {
        versions.setAll(history);
        int at = opened == null ? -1 : history.indexOf(opened);
        if (at < 0) {
            from.set(null);
            to.set(null);
        } else if (at == 0) {
            from.set(history.size() > 1 ? history.get(1) : null);
            to.set(opened);
        } else {
            from.set(opened);
            to.set(history.get(0));
        }
        compare();
    }

    /** A segment not saved yet: no versions. */
    void clear() {
        show(List.of(), null);
    }

    private void compare() {
        SegmentVersion a = from.get();
        SegmentVersion b = to.get();
        if (a == null || b == null) {
            differences.clear();
            summary.set(versions.size() < 2 ? "Saved once: nothing to compare yet." : "Choose two versions.");
            return;
        }
        SegmentDiff diff = SegmentDiff.between(a.segment(), b.segment());
        differences.setAll(diff.changes());
        String between = "v" + a.number() + " → v" + b.number();
        summary.set(diff.isEmpty() ? between + ": no change." : between + ": " + diff.changes().size()
                + (diff.changes().size() == 1 ? " change." : " changes."));
    }

    /** Every saved version of the segment, newest first. */
    public ObservableList<SegmentVersion> versions() {
        return versions;
    }

    /** The earlier side of the comparison. */
    public ObjectProperty<SegmentVersion> fromProperty() {
        return from;
    }

    /** The later side of the comparison. */
    public ObjectProperty<SegmentVersion> toProperty() {
        return to;
    }

    /** What changed from {@link #fromProperty()} to {@link #toProperty()}, one line per change. */
    public ObservableList<ConditionDiff.Line> differences() {
        return differences;
    }

    /** "v1 → v3: 2 changes.", "v2 → v2: no change.", or why there is nothing to compare. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
