package com.retailstudio.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * Where a file or folder chooser opens: the user's documents folder ({@code ~/Documents} when it exists, else the
 * home folder), not the folder the application happened to be started from.
 */
public final class DocumentsFolder {

    private DocumentsFolder() {
    }

    /** The documents folder under {@code home}, or {@code home} itself when it has none. */
    public static Path under(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** The current user's documents folder, or their home folder when it has none. */
    public static Path ofCurrentUser() {
        return under(Path.of(System.getProperty("user.home")));
    }

    /** A file chooser with {@code title} that opens in the current user's documents folder. */
    public static FileChooser fileChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(ofCurrentUser().toFile());
        return chooser;
    }

    /** A folder chooser with {@code title} that opens in the current user's documents folder. */
    public static DirectoryChooser folderChooser(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(ofCurrentUser().toFile());
        return chooser;
    }
}
