package com.retailstudio.designer.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyDiff;
import com.retailstudio.designer.model.JourneyStructureDiff;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Two versions of a journey drawn side by side, read-only: the earlier version on the left marks what was removed,
 * the later one on the right what was added, and both mark the steps that changed or moved. Each canvas fits its
 * version; picking a step on either selects it on both. Without an earlier version the later one is drawn alone.
 * Optionally the plain-language change lines are listed below them; picking a line reveals its step on both.
 */
public final class JourneyComparePane extends VBox {

    private final JourneyCanvasView earlier = new JourneyCanvasView();
    private final JourneyCanvasView later = new JourneyCanvasView();
    private final Label earlierTitle = title();
    private final Label laterTitle = title();
    private final VBox earlierSide = side(earlierTitle, earlier);
    private final ListView<JourneyDiff.Change> changes = new ListView<>();

    /** Two canvases with the given ids and no change list (the caller lists the changes its own way). */
    public JourneyComparePane(String earlierId, String laterId) {
        this(earlierId, laterId, null);
    }

    /**
     * Two canvases with the given ids; with a non-null {@code changesId} the change lines are listed beside them under
     * that id.
     */
    public JourneyComparePane(String earlierId, String laterId, String changesId) {
        super(8);
        earlier.setId(earlierId);
        later.setId(laterId);
        earlier.selectedNodeProperty().bindBidirectional(later.selectedNodeProperty());
        HBox canvases = new HBox(10, earlierSide, side(laterTitle, later));
        canvases.setMinSize(0, 0);
        VBox.setVgrow(canvases, Priority.ALWAYS);
        getChildren().add(canvases);
        if (changesId != null) {
            changes.setId(changesId);
            changes.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(JourneyDiff.Change change, boolean empty) {
                    super.updateItem(change, empty);
                    setText(empty || change == null ? null : sign(change.kind()) + change.description());
                    setWrapText(true);
                    setPrefWidth(0);
                }
            });
            changes.setPlaceholder(new Label("No changes."));
            changes.getSelectionModel().selectedItemProperty().addListener((observable, before, picked) -> {
                if (picked != null) {
                    picked.nodeId().ifPresent(this::reveal);
                }
            });
            Label listTitle = title();
            listTitle.setText("Changes");
            VBox list = new VBox(4, listTitle, changes);
            VBox.setVgrow(changes, Priority.ALWAYS);
            list.setMinHeight(0);
            changes.setPrefHeight(150);
            changes.setMinHeight(60);
            getChildren().add(list);
        }
        setMinSize(0, 0);
    }

    /**
     * Draws {@code later} beside {@code earlier} (empty: drawn alone, every step new) under the given titles, with
     * {@code marks} highlighted and {@code lines} listed (when this pane has a change list).
     */
    public void show(Optional<Journey> earlierVersion, String earlierLabel, Journey laterVersion, String laterLabel,
                     JourneyStructureDiff marks, List<JourneyDiff.Change> lines) {
        earlier.selectedNodeProperty().set(null);
        boolean hasEarlier = earlierVersion.isPresent();
        earlierSide.setVisible(hasEarlier);
        earlierSide.setManaged(hasEarlier);
        earlier.setHighlights(hasEarlier ? CanvasHighlights.earlier(marks) : CanvasHighlights.NONE);
        earlier.journeyProperty().set(earlierVersion.orElse(null));
        earlierTitle.setText(earlierLabel);
        later.setHighlights(CanvasHighlights.later(marks));
        later.journeyProperty().set(laterVersion);
        laterTitle.setText(laterLabel);
        changes.getItems().setAll(lines);
    }

    /** Draws nothing. */
    public void clear() {
        earlier.selectedNodeProperty().set(null);
        earlier.journeyProperty().set(null);
        later.journeyProperty().set(null);
        changes.getItems().clear();
    }

    /** The step selected on both canvases, null for none. */
    public ObjectProperty<String> selectedStepProperty() {
        return earlier.selectedNodeProperty();
    }

    /** Selects the step on both canvases and pans each to it when it is out of view. */
    public void reveal(String stepId) {
        earlier.selectedNodeProperty().set(stepId);
        earlier.reveal(stepId);
        later.reveal(stepId);
    }

    private static String sign(JourneyDiff.Kind kind) {
        return switch (kind) {
            case ADDED -> "+ ";
            case REMOVED -> "− ";
            case CHANGED -> "~ ";
        };
    }

    private static Label title() {
        Label label = new Label();
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        label.setMinWidth(0);
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
