package com.retailstudio.layout.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * The scene-graph half of Export PNG: a picture of the floor plan with its overlay and legend, taken on the JavaFX
 * thread, which {@link PngExport} writes as a PNG file off it.
 */
final class FloorPlanPicture implements PngExport.Picture {

    private final Image image;

    private FloorPlanPicture(Image image) {
        this.image = image;
    }

    /** Takes the picture of {@code plate} as it is shown, on a transparent background; on the JavaFX thread. */
    static FloorPlanPicture of(Node plate) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return new FloorPlanPicture(plate.snapshot(params, null));
    }

    @Override
    public void writePng(Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer is available");
        }
    }
}
