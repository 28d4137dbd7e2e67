package com.retailstudio.app.ui.approvals;

import atlantafx.base.theme.Styles;
import com.retailstudio.app.approval.JourneyVersions;
import com.retailstudio.designer.ui.CanvasHighlights;
import com.retailstudio.designer.ui.JourneyCanvasView;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A journey under review drawn beside the version it is compared with: the compared version on the left marks what
 * was removed, the version under review on the right what was added, and both mark the steps that changed or moved.
 * Each canvas fits its version; picking a step on either selects it on both. A first version is drawn alone.
 */
final class JourneyReviewPane extends HBox {

    private final JourneyCanvasView compared = new JourneyCanvasView();
    private final JourneyCanvasView underReview = new JourneyCanvasView();
    private final Label comparedTitle = title();
    private final Label underReviewTitle = title();
    private final VBox comparedSide = side(comparedTitle, compared);

    JourneyReviewPane() {
        super(10);
        compared.setId("review-canvas-compared");
        underReview.setId("review-canvas-under-review");
        compared.selectedNodeProperty().bindBidirectional(underReview.selectedNodeProperty());
        VBox underReviewSide = side(underReviewTitle, underReview);
        getChildren().addAll(comparedSide, underReviewSide);
        setMinWidth(0);
    }

    /** Draws the versions of a review, or nothing for null. */
    void show(JourneyVersions versions) {
        compared.selectedNodeProperty().set(null);
        if (versions == null) {
            compared.journeyProperty().set(null);
            underReview.journeyProperty().set(null);
            return;
        }
        boolean hasCompared = versions.compared().isPresent();
        comparedSide.setVisible(hasCompared);
        comparedSide.setManaged(hasCompared);
        compared.setHighlights(hasCompared ? CanvasHighlights.earlier(versions.marks()) : CanvasHighlights.NONE);
        compared.journeyProperty().set(versions.compared().orElse(null));
        comparedTitle.setText(versions.comparedLabel().map(label -> "Before: " + label).orElse(""));
        underReview.setHighlights(CanvasHighlights.later(versions.marks()));
        underReview.journeyProperty().set(versions.underReview());
        underReviewTitle.setText("Under review: v" + versions.underReviewNumber()
                + (hasCompared ? "" : ", the first version: every step is new"));
    }

    /** The step selected on both canvases, null for none. */
    ObjectProperty<String> selectedStepProperty() {
        return compared.selectedNodeProperty();
    }

    /** Selects the step on both canvases and pans each to it when it is out of view. */
    void reveal(String stepId) {
        compared.selectedNodeProperty().set(stepId);
        compared.reveal(stepId);
        underReview.reveal(stepId);
    }

    private static Label title() {
        Label label = new Label();
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        return label;
    }

    private static VBox side(Label title, JourneyCanvasView canvas) {
        VBox side = new VBox(4, title, canvas);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        HBox.setHgrow(side, Priority.ALWAYS);
        side.setMinWidth(0);
        side.setPrefWidth(200);
        canvas.setMinSize(0, 0);
        return side;
    }
}
