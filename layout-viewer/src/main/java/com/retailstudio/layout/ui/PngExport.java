package com.retailstudio.layout.ui;

import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes pictures of the floor plan as PNG files, off the JavaFX thread, and remembers the last one written. */
public final class PngExport {

    private final TaskExecutor tasks;
    private final Consumer<String> message;
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>(this, "lastExport");

    /** @param message told what is being written, where it went, or why it failed */
    PngExport(TaskExecutor tasks, Consumer<String> message) {
        this.tasks = tasks;
        this.message = message;
    }

    /**
     * Writes an image taken of the floor plan (on the JavaFX thread) as a PNG file; the encoding and writing run
     * through the task runner. When done, {@link #lastExportProperty()} names the file and the message says where it
     * went (or why it failed).
     */
    public void write(Image image, Path file) {
        message.accept("Exporting " + file.getFileName() + "…");
        tasks.execute(BackgroundTask.of("Exporting " + file.getFileName(), progress -> {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            return file;
        }).onSuccess(written -> {
            lastExport.set(written);
            message.accept("Saved " + written.getFileName());
        }).onFailure(e -> message.accept("The PNG cannot be written: " + e.getMessage()))
                .onCancelled(() -> message.accept("Export cancelled.")));
    }

    /** The last PNG file written by {@link #write}, or null. */
    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }
}
