package com.retailstudio.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Writes what a UI test shows to PNG files under target/screenshots, for a person to open and look at. */
public final class Screenshots {

    /** Where UI tests leave their screenshots. */
    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Snapshots the whole scene on the JavaFX thread and writes it as {@code FOLDER/fileName}. */
    public static WritableImage write(FxRobot robot, Scene scene, String fileName) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        write(image[0], FOLDER.resolve(fileName));
        return image[0];
    }

    /**
     * Snapshots the node as it is laid out, its whole size (not only what an enclosing scroll pane shows), and writes
     * it as {@code FOLDER/fileName}.
     */
    public static WritableImage write(FxRobot robot, Node node, String fileName) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            node.applyCss();
            if (node instanceof Parent parent) {
                parent.layout();
            }
            image[0] = node.snapshot(null, null);
        });
        write(image[0], FOLDER.resolve(fileName));
        return image[0];
    }

    /** Writes an image already taken as a PNG file, creating its folder. */
    public static void write(WritableImage image, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
