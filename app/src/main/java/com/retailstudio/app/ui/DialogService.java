package com.retailstudio.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The one way views ask the user something, so tests can stand in for the user. */
public interface DialogService {

    /** Asks for a folder; empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /** The platform's dialogs, shown over the focused window. */
    static DialogService platform() {
        return title -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        };
    }
}
