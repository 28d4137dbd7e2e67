package com.retailstudio.ui.section;

import com.retailstudio.ui.task.RunningTask;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The one frame every section sits in, so a section's own class holds only its content: the content; an empty state
 * shown instead of it while there is nothing to show; and a busy overlay with the running task's progress and
 * message and a Cancel button that cancels that task.
 *
 * <p>While {@link #emptyProperty() empty} the content is hidden, and the empty state shows unless the section is
 * {@link #busyProperty() busy}; while busy the overlay covers whatever is shown. Bind {@link #taskProperty() task} to
 * the view-model's running task to give the overlay its progress and Cancel; without one it shows
 * {@link #busyTextProperty() busy text} and a spinner.
 */
public final class SectionFrame extends StackPane {

    private final BooleanProperty empty = new SimpleBooleanProperty(this, "empty");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty busyText = new SimpleStringProperty(this, "busyText", "Working…");
    private final ObjectProperty<RunningTask> task = new SimpleObjectProperty<>(this, "task");
    private final ObjectProperty<Node> emptyState = new SimpleObjectProperty<>(this, "emptyState");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label busyLabel = new Label();
    private final Button cancel = new Button("Cancel");
    private final VBox overlay;
    private final Node content;

    public SectionFrame(Node content) {
        this.content = content;
        SectionKit.style(this, "section-frame");
        progress.setMaxSize(48, 48);
        busyLabel.getStyleClass().add("section-busy-text");
        busyLabel.setWrapText(true);
        cancel.setId("section-cancel");
        cancel.setOnAction(event -> {
            RunningTask running = task.get();
            if (running != null) {
                running.cancel();
            }
        });
        overlay = new VBox(12, progress, busyLabel, cancel);
        overlay.getStyleClass().add("section-busy");
        overlay.setAlignment(Pos.CENTER);
        overlay.visibleProperty().bind(busy);
        task.addListener((observable, before, now) -> follow(now));
        follow(null);
        content.visibleProperty().bind(empty.not());
        emptyState.addListener((observable, before, now) -> layers());
        layers();
    }

    private void layers() {
        Node shownWhenEmpty = emptyState.get();
        if (shownWhenEmpty == null) {
            getChildren().setAll(content, overlay);
        } else {
            shownWhenEmpty.visibleProperty().bind(empty.and(busy.not()));
            getChildren().setAll(content, shownWhenEmpty, overlay);
        }
    }

    private void follow(RunningTask running) {
        progress.progressProperty().unbind();
        busyLabel.textProperty().unbind();
        if (running == null) {
            progress.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
            busyLabel.textProperty().bind(busyText);
        } else {
            progress.progressProperty().bind(running.progressProperty());
            // the task's own words ("Optimising markdowns: 40 %") once it has said something, else the section's
            busyLabel.textProperty().bind(Bindings.createStringBinding(() -> {
                String said = running.messageProperty().get();
                return said == null || said.isBlank() ? busyText.get() : said;
            }, running.messageProperty(), busyText));
        }
        cancel.setVisible(running != null);
        cancel.setManaged(running != null);
    }

    /** True while there is nothing to show: the content is hidden and the empty state shown. */
    public BooleanProperty emptyProperty() {
        return empty;
    }

    /** True while the busy overlay covers the section. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the overlay says while the task has said nothing (or there is no task). */
    public StringProperty busyTextProperty() {
        return busyText;
    }

    /** The task the overlay's progress and Cancel follow; null when the work cannot be cancelled from here. */
    public ObjectProperty<RunningTask> taskProperty() {
        return task;
    }

    /** What is shown while {@link #emptyProperty() empty} and not busy; null for nothing. */
    public ObjectProperty<Node> emptyStateProperty() {
        return emptyState;
    }

    /** The content the frame holds. */
    public Node content() {
        return content;
    }
}
