package com.retailstudio.simulator.ui;

import com.retailstudio.ui.task.RunningTask;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The run under way in the Simulation section: its progress bar and message (a Spark run's follow its stages and
 * tasks) and a Cancel button; hidden when nothing runs.
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
        Button cancel = new Button("Cancel", new FontIcon(Material2OutlinedAL.CANCEL));
        cancel.setId("simulation-cancel");
        cancel.setMaxWidth(Double.MAX_VALUE);
        cancel.setOnAction(e -> model.cancel());
        getChildren().addAll(bar, message, cancel);
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
