package com.retailstudio.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
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
     * Asks for a password, e.g. of the user's signing key; empty when the user cancels (and from a dialog service that
     * asks no passwords).
     */
    default Optional<char[]> askPassword(String title, String prompt) {
        return Optional.empty();
    }

    /** The platform's dialogs, shown over the focused window. */
    static DialogService platform() {
        return new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(focusedWindow())).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(kind, pattern));
                return Optional.ofNullable(chooser.showOpenDialog(focusedWindow())).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind, String pattern) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
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
            public Optional<char[]> askPassword(String title, String prompt) {
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
