package com.retailstudio.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.retailstudio.ui.task.RunningTask;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The bottom bar: the background work in progress with its cancel button, the workspace and the user. */
final class StatusBar extends HBox {

    private final Label taskLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(Material2OutlinedAL.CANCEL));
    private final Label moreTasks = new Label();
    private final ObservableList<RunningTask> running;

    StatusBar(ShellViewModel shell, ObservableList<RunningTask> running) {
        this.running = running;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        taskLabel.setId("status-task");
        taskLabel.getStyleClass().add(Styles.TEXT_SMALL);
        progress.setPrefWidth(160);
        progress.getStyleClass().add(Styles.SMALL);
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new Tooltip("Cancel"));
        moreTasks.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        Label workspace = new Label(null, new FontIcon(Material2OutlinedMZ.STORAGE));
        workspace.textProperty().bind(shell.workspaceDescriptionProperty());
        workspace.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        workspace.setId("status-workspace");
        Button user = new Button(null, new FontIcon(Material2OutlinedMZ.PERSON));
        user.textProperty().bind(shell.userNameProperty());
        user.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        user.setId("status-user");
        user.setTooltip(new Tooltip("The name you work under in the audit log and for approvals; click to change"));
        TextField rename = new TextField();
        rename.setId("status-user-edit");
        rename.setPrefColumnCount(14);
        rename.getStyleClass().add(Styles.SMALL);
        rename.setVisible(false);
        rename.setManaged(false);
        if (shell.nameFromServer()) {
            user.setTooltip(new Tooltip("Signed in to the team workspace: the server says who you are, and it is "
                    + "the name in the audit log and for approvals"));
        }
        user.setOnAction(event -> {
            if (shell.nameFromServer()) {
                return;
            }
            rename.setText(shell.userNameProperty().get());
            showEditor(user, rename, true);
            rename.requestFocus();
            rename.selectAll();
        });
        rename.setOnAction(event -> {
            shell.rename(rename.getText());
            showEditor(user, rename, false);
        });
        rename.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                showEditor(user, rename, false);
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(taskLabel, progress, cancel, moreTasks, spacer, workspace, user, rename);

        running.addListener((ListChangeListener<RunningTask>) change -> showCurrentTask());
        showCurrentTask();
    }

    private static void showEditor(Button user, TextField editor, boolean editing) {
        editor.setVisible(editing);
        editor.setManaged(editing);
        user.setVisible(!editing);
        user.setManaged(!editing);
    }

    private void showCurrentTask() {
        boolean busy = !running.isEmpty();
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
        moreTasks.setText(running.size() > 1 ? "and " + (running.size() - 1) + " more" : "");
        taskLabel.textProperty().unbind();
        progress.progressProperty().unbind();
        if (!busy) {
            taskLabel.setText("Ready");
            cancel.setOnAction(null);
            return;
        }
        RunningTask current = running.get(0);
        taskLabel.textProperty().bind(Bindings.createStringBinding(
                () -> current.messageProperty().get() == null || current.messageProperty().get().isBlank()
                        ? current.title()
                        : current.messageProperty().get(),
                current.messageProperty()));
        progress.progressProperty().bind(current.progressProperty());
        cancel.setOnAction(event -> current.cancel());
    }
}
