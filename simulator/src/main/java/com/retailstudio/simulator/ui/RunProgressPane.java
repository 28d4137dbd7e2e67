package com.retailstudio.simulator.ui;

import com.retailstudio.ui.task.RunningTask;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The run under way in the Simulation section: its progress bar and message (a Spark run's follow its stages and
 * tasks); hidden when nothing runs. It has no Cancel of its own: the status bar's cancel, the application's place for
 * stopping background work (README, "The main window"), stops the run, so a run never shows two buttons for one action.
 */
final class RunProgressPane extends VBox {

    private final ProgressBar bar = new ProgressBar(-1);
    private final Label message = new Label();

    RunProgressPane(SimulationViewModel model) {
        super(6);
        setId("simulation-progress");
        bar.setId("simulation-progress-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        message.setId("simulation-progress-message");
        message.setWrapText(true);
        message.getStyleClass().add("simulation-hint");
        // the side panel is narrow: a long stage line is cut, and read whole in the tooltip
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message.textProperty());
        message.setTooltip(whole);
        getChildren().addAll(bar, message);
        visibleProperty().bind(model.runningProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.runningProperty().addListener((o, before, now) -> follow(now));
        follow(model.runningProperty().get());
    }

    private void follow(RunningTask task) {
        bar.progressProperty().unbind();
        message.textProperty().unbind();
        if (task != null) {
            bar.progressProperty().bind(task.progressProperty());
            message.textProperty().bind(task.messageProperty());
        }
    }
}
