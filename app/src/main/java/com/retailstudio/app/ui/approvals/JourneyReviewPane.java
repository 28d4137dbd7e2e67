package com.retailstudio.app.ui.approvals;

import com.retailstudio.app.approval.JourneyVersions;
import com.retailstudio.designer.ui.JourneyComparePane;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.layout.StackPane;

/**
 * A journey under review drawn beside the version it is compared with, on the designer's
 * {@link JourneyComparePane}: the compared version on the left marks what was removed, the version under review on
 * the right what was added. The review lists its change lines itself. A first version is drawn alone.
 */
final class JourneyReviewPane extends StackPane {

    private final JourneyComparePane pane = new JourneyComparePane("review-canvas-compared",
            "review-canvas-under-review");

    JourneyReviewPane() {
        getChildren().add(pane);
        setMinWidth(0);
    }

    /** Draws the versions of a review, or nothing for null. */
    void show(JourneyVersions versions) {
        if (versions == null) {
            pane.clear();
            return;
        }
        boolean hasCompared = versions.compared().isPresent();
        pane.show(versions.compared(), versions.comparedLabel().map(label -> "Before: " + label).orElse(""),
                versions.underReview(), "Under review: v" + versions.underReviewNumber()
                        + (hasCompared ? "" : ", the first version: every step is new"),
                versions.marks(), List.of());
    }

    /** The step selected on both canvases, null for none. */
    ObjectProperty<String> selectedStepProperty() {
        return pane.selectedStepProperty();
    }

    /** Selects the step on both canvases and pans each to it when it is out of view. */
    void reveal(String stepId) {
        pane.reveal(stepId);
    }
}
