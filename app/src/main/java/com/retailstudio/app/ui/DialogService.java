package com.retailstudio.app.ui;

import com.retailstudio.ui.files.DocumentsFolder;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The one way views ask the user something, so tests can stand in for the user. */
public interface DialogService {

    /** Asks for a folder; empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /**
     * Asks for a comment, e.g. when approving; empty when the user cancels.
     *
     * @param required whether an empty comment is refused
     */
    Optional<String> askComment(String title, String prompt, boolean required);

    /**
     * Asks for an existing file to open, e.g. a journey file to import; empty when the user cancels (and from a
     * dialog service that offers no files).
     *
     * @param kind    what the files are, e.g. "Journey file (*.json)"
     * @param pattern the file name pattern, e.g. {@code *.json}
     */
    default Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
        return Optional.empty();
    }

    /** Asks where to save a file, suggesting {@code suggestedName}; empty when the user cancels. */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, String kind, String pattern) {
        return Optional.empty();
    }

    /**
     * Asks for a password, e.g. of a team workspace's login or of the user's signing key; empty when the user cancels
     * (and from a dialog service that asks nothing). May be called from any thread. The answer is used and forgotten.
     */
    default Optional<char[]> askPassword(String title, String prompt) {
        return Optional.empty();
    }

    /** Tells the user something they must read, e.g. why a connection failed; returns when they have. */
    default void inform(String title, String message) {
    }

    /**
     * The dialogs, where asking for a password first waits for the JavaFX toolkit to have started: a workspace opens
     * while the toolkit starts, and only a password prompt needs it.
     */
    static DialogService afterStartup(DialogService dialogs, java.util.concurrent.Future<?> toolkitStarted) {
        return new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return dialogs.chooseFolder(title);
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                return dialogs.askComment(title, prompt, required);
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
                return dialogs.chooseFileToOpen(title, kind, pattern);
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind, String pattern) {
                return dialogs.chooseFileToSave(title, suggestedName, kind, pattern);
            }

            @Override
            public void inform(String title, String message) {
                dialogs.inform(title, message);
            }

            @Override
            public Optional<char[]> askPassword(String title, String prompt) {
                try {
                    toolkitStarted.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("The JavaFX toolkit did not start: " + e.getCause(), e);
                }
                return dialogs.askPassword(title, prompt);
            }
        };
    }

    /** The platform's dialogs, shown over the focused window. */
    static DialogService platform() {
        return new DialogService() {
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
            public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind, String pattern) {
                FileChooser chooser = DocumentsFolder.fileChooser(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(kind, pattern));
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
            public void inform(String title, String message) {
                if (!Platform.isFxApplicationThread()) {
                    FutureTask<Void> shown = new FutureTask<>(() -> inform(title, message), null);
                    Platform.runLater(shown);
                    try {
                        shown.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("The message dialog failed: " + e.getCause(), e);
                    }
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
                    FutureTask<Optional<char[]>> asked = new FutureTask<>(() -> askPassword(title, prompt));
                    Platform.runLater(asked);
                    try {
                        return asked.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return Optional.empty();
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("The password dialog failed: " + e.getCause(), e);
                    }
                }
                Dialog<char[]> dialog = new Dialog<>();
                dialog.initOwner(focusedWindow());
                dialog.setTitle(title);
                dialog.setHeaderText(prompt);
                PasswordField field = new PasswordField();
                field.setId("password");
                dialog.getDialogPane().setContent(field);
                dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
                dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                        .bind(field.textProperty().isEmpty());
                dialog.setOnShown(event -> field.requestFocus());
                dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
                return dialog.showAndWait();
            }

            private Window focusedWindow() {
                return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
            }
        };
    }
}
