package com.retailstudio.designer.ui.properties;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Screenshots of the inspectors for a person to look at, in the light and the dark theme. */
public final class InspectorScreenshots {
    static final Path FOLDER = Path.of("target", "screenshots");

    private InspectorScreenshots() {
    }

    public static void light(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void dark(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the node as it is laid out, its whole height (not only what the scroll pane shows). */
    public static void write(FxRobot robot, Node node, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            node.applyCss();
            if (node instanceof javafx.scene.Parent p) {
                p.layout();
            }
            image[0] = node.snapshot(null, null);
        });
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(FOLDER);
        ImageIO.write(out, "png", FOLDER.resolve(name).toFile());
    }
}
