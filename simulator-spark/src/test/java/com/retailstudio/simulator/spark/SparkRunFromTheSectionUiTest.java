package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.simulator.cli.SparkRunProcess;
import com.retailstudio.simulator.ui.EngineChoice;
import com.retailstudio.simulator.ui.SimulationSummary;
import com.retailstudio.simulator.ui.SimulationView;
import com.retailstudio.simulator.ui.SimulationViewModel;
import com.retailstudio.simulator.ui.TraceSearch;
import com.retailstudio.ui.task.FxTaskExecutor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Simulation section starts a run on Spark in local mode, in the Spark runner's own process (started as the
 * application would, with this module's class path standing in for ./retail-studio-spark): the progress bar follows
 * the runner's progress lines, the figures equal the desktop engine's run on the same sample, and Cancel stops the
 * process and leaves nothing behind.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SparkRunFromTheSectionUiTest {
    private static final long RUN_SECONDS = 300;

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private SimulationViewModel model;
    private Scene scene;

    /** This JVM's java with its class path (this module, Spark) and the module opens Spark needs. */
    private static SparkRunProcess.Launcher runnerOfThisModule() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("--add-opens") || o.startsWith("-Djdk.reflect") || o.startsWith("-Dio.netty"))
                .toList();
        return SparkRunProcess.Launcher.java(System.getProperty("java.class.path"),
                Stream.concat(options.stream(), Stream.of("-Xmx1g", "-XX:+UseSerialGC")).toList());
    }

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path sample = Files.createTempDirectory("spark-section");
        BundledSample.extractTo(sample);
        model = new SimulationViewModel(tasks, List::of, new EngineChoice(Optional.of(runnerOfThisModule())));
        model.dataFolderProperty().set(sample);
        scene = new Scene(new SimulationView(model), 1168, 718);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aSparkRunShowsItsProgressAndTheDesktopsFigures(FxRobot robot) throws Exception {
        robot.clickOn("#simulation-run");
        waitUntilIdle();
        SimulationSummary desktop = model.summaryProperty().get();
        List<String> desktopTiles = tileTexts(robot);

        robot.clickOn("#simulation-engine-spark");
        assertEquals("local[2]", robot.lookup("#simulation-spark-master").queryAs(TextField.class).getText());
        List<Double> fractions = new CopyOnWriteArrayList<>();
        List<String> messages = new CopyOnWriteArrayList<>();
        ProgressBar bar = robot.lookup("#simulation-progress-bar").queryAs(ProgressBar.class);
        Label message = robot.lookup("#simulation-progress-message").queryAs(Label.class);
        bar.progressProperty().addListener((o, before, now) -> fractions.add(now.doubleValue()));
        message.textProperty().addListener((o, before, now) -> messages.add(now));
        robot.clickOn("#simulation-run");
        WaitForAsyncUtils.waitFor(RUN_SECONDS, TimeUnit.SECONDS, () -> !model.busyProperty().get()
                || message.getText() != null && message.getText().contains("simulating the customers"));
        snapshot("spark-run-progress.png");
        waitUntilIdle();

        SimulationSummary spark = model.summaryProperty().get();
        assertNotNull(spark, model.feedbackProperty().get().text());
        String said = model.feedbackProperty().get().text();
        assertTrue(said.contains("on Spark (local[2])"), said);
        assertTrue(messages.stream().anyMatch(m -> m.matches("Spark \\(local\\[2]\\): simulating the customers, "
                + "\\d of 4 tasks")), messages.toString());
        assertTrue(fractions.stream().anyMatch(f -> f > 0.2 && f < 1), "the bar moved: " + fractions);
        assertEquals(desktopTiles, tileTexts(robot));
        assertEquals(desktop.entered(), spark.entered());
        assertEquals(desktop.uplift(), spark.uplift());
        assertEquals(desktop.nodes(), spark.nodes());
        assertEquals(desktop.actions(), spark.actions());
        assertArrayEquals(desktop.messagesPerCustomer(), spark.messagesPerCustomer());
        assertArrayEquals(desktop.treatedByDay(), spark.treatedByDay());
        assertEquals(desktop.currency(), spark.currency());
        TraceSearch search = model.traces().traceSearchProperty().get();
        assertTrue(search.exampleCount() > 0 && !search.findsAnyCustomer(), "the run's example traces are searched");
    }

    @Test
    void cancelStopsTheSparkProcessAndLeavesNothing(FxRobot robot) throws Exception {
        List<Path> scratchBefore = scratchFolders();
        robot.clickOn("#simulation-engine-spark");
        robot.clickOn("#simulation-run");
        Label message = robot.lookup("#simulation-progress-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(RUN_SECONDS, TimeUnit.SECONDS,
                () -> message.getText() != null && message.getText().startsWith("Spark (local[2])"));
        assertFalse(ProcessHandle.current().children().toList().isEmpty(), "the runner's process is running");

        // the section shown alone has no status bar: cancel the run as the status bar's cancel does, through its task
        robot.interact(() -> model.runningProperty().get().cancel());
        waitUntilIdle();

        assertEquals("The simulation was cancelled.", model.feedbackProperty().get().text());
        assertNull(model.summaryProperty().get());
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "no process left");
        assertEquals(scratchBefore, scratchFolders(), "no scratch folder, journey or partial report left");
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(RUN_SECONDS, TimeUnit.SECONDS,
                () -> !model.busyProperty().get() && model.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> tileTexts(FxRobot robot) {
        return robot.lookup("#simulation-kpis").queryAs(Pane.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private static List<Path> scratchFolders() throws IOException {
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temporary.filter(p -> p.getFileName().toString().startsWith("retail-studio-spark-run")).sorted()
                    .toList();
        }
    }

    private void snapshot(String name) throws Exception {
        Path file = Path.of("target", name);
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get();
    }
}
