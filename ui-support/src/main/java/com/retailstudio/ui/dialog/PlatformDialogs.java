package com.retailstudio.ui.dialog;

import com.retailstudio.ui.files.DocumentsFolder;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's dialogs, shown over the focused window; file and folder choosers open in the documents folder. */
final class PlatformDialogs implements DialogService {

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = DocumentsFolder.folderChooser(title);
        return Optional.ofNullable(chooser.showDialog(focusedWindow())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
        FileChooser chooser = DocumentsFolder.fileChooser(title);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(kind, pattern));
        return Optional.ofNullable(chooser.showOpenDialog(focusedWindow())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = DocumentsFolder.fileChooser(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(types.stream()
                .map(type -> new FileChooser.ExtensionFilter(type.description(), type.pattern())).toList());
        return Optional.ofNullable(chooser.showSaveDialog(focusedWindow())).map(File::toPath);
    }

    @Override
    public Optional<String> askComment(String title, String prompt, boolean required) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(focusedWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty().and(new SimpleBooleanProperty(required)));
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public boolean confirm(String title, String question, String action) {
        ButtonType confirmed = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirmed, ButtonType.CANCEL);
        alert.initOwner(focusedWindow());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(confirmed::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        if (!Platform.isFxApplicationThread()) {
            onFxThread(() -> {
                inform(title, message);
                return null;
            }, "The message dialog");
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(focusedWindow());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        if (!Platform.isFxApplicationThread()) {
            // Opening a workspace runs off the FX thread; the dialog must run on it.
            Optional<char[]> answer = onFxThread(() -> askPassword(title, prompt), "The password dialog");
            return answer == null ? Optional.empty() : answer;
        }
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(focusedWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        PasswordField field = new PasswordField();
        field.setId("password");
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(event -> field.requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        return dialog.showAndWait();
    }

    /** Runs a dialog on the JavaFX thread and waits for its answer; null when this thread is interrupted. */
    private static <T> T onFxThread(Callable<T> dialog, String what) {
        FutureTask<T> asked = new FutureTask<>(dialog);
        Platform.runLater(asked);
        try {
            return asked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause(), e);
        }
    }

    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }
}
