package com.retailstudio.layout.ui;

import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Writes pictures of the floor plan as PNG files, off the JavaFX thread, and remembers the last one written. The
 * picture itself is taken by the view ({@link FloorPlanPicture}); this part holds no image, so the view-model that
 * owns it knows no nodes.
 */
public final class PngExport {

    /** A picture already taken of the floor plan that can write itself as a PNG file, from any thread. */
    @FunctionalInterface
    public interface Picture {
        void writePng(Path file) throws IOException;
    }

    private final TaskExecutor tasks;
    private final Consumer<Feedback> feedback;
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>(this, "lastExport");

    /** @param feedback told what is being written, where it went, or why it failed */
    PngExport(TaskExecutor tasks, Consumer<Feedback> feedback) {
        this.tasks = tasks;
        this.feedback = feedback;
    }

    /**
     * Writes a picture taken of the floor plan as a PNG file; the encoding and writing run through the task runner.
     * When done, {@link #lastExportProperty()} names the file and the feedback says where it went (or why it failed).
     */
    public void write(Picture picture, Path file) {
        feedback.accept(Feedback.info("Exporting " + file.getFileName() + "…"));
        tasks.execute(BackgroundTask.of("Exporting " + file.getFileName(), progress -> {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            picture.writePng(file);
            return file;
        }).onSuccess(written -> {
            lastExport.set(written);
            feedback.accept(Feedback.success("Saved " + written.getFileName()));
        }).onFailure(e -> feedback.accept(Feedback.danger("The PNG cannot be written: " + e.getMessage())))
                .onCancelled(() -> feedback.accept(Feedback.warning("Export cancelled."))));
    }

    /** The last PNG file written by {@link #write}, or null. */
    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }
}
