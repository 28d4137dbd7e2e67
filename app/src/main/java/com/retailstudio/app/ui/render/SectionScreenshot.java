package com.retailstudio.app.ui.render;

import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.ShellContext;
import com.retailstudio.app.ui.shell.ShellView;
import com.retailstudio.app.ui.shell.ShellViewModel;
import com.retailstudio.app.ui.shell.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders one section of the main window to a PNG without a display, for docs, tests and the command line. */
public final class SectionScreenshot {

    private SectionScreenshot() {
    }

    /** Selects the headless Monocle platform; must run before the JavaFX toolkit starts. */
    public static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    /** Starts the JavaFX toolkit if it is not running yet. */
    public static void ensureToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is already up, as in a test that started it: nothing to do.
        }
        Platform.setImplicitExit(false);
    }

    /**
     * Renders the section in the given theme at the given size and writes it to {@code out} as PNG, once the
     * background work the window starts (such as loading the sample on a first start) has finished.
     */
    public static void write(ShellContext context, Section section, Theme theme, int width, int height, Path out)
            throws IOException, InterruptedException {
        Scene scene = onFxThread(() -> {
            Scene built = buildScene(context, section, theme, width, height);
            context.onShown().run();
            return built;
        });
        while (onFxThread(() -> !context.tasks().running().isEmpty())) {
            Thread.sleep(50);
        }
        // Charts size their bars from the first layout pass, so lay out twice before the picture is taken.
        WritableImage rendered = onFxThread(() -> {
            for (int pass = 0; pass < 2; pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            return scene.snapshot(null);
        });
        writePng(rendered, out);
    }

    /** Writes a JavaFX image to a PNG file, creating its folder if needed. */
    public static void writePng(WritableImage image, Path out) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(buffered, "png", out.toFile())) {
            throw new IOException("No PNG writer is available to write " + out);
        }
    }

    private static Scene buildScene(ShellContext context, Section section, Theme theme, int width, int height) {
        ShellViewModel shell = context.createViewModel();
        shell.show(section);
        shell.themeProperty().set(theme);
        theme.apply();
        ShellView view = context.createView(shell);
        Scene scene = new Scene(view, width, height);
        view.applyCss();
        view.layout();
        return scene;
    }

    private static <T> T onFxThread(Supplier<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rendering failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
