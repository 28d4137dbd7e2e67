package com.retailstudio.designer.ui;

import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.edit.TidyLayout;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.lint.LintBenchmark;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Position;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * Renders the journey editor with a 200-step journey on the headless Monocle toolkit and times edits and frames:
 * each edit (move, add, connect, undo) from the command to the journey being checked, saved and redrawn, then the
 * frame after it (CSS, layout and a software render of the whole scene via a snapshot), and the frames of a card
 * being dragged. Prints median, 95th percentile and maximum in milliseconds.
 */
public final class EditorBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 40;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Platform.startup(() -> { });
        // The application's theme: the canvas's colours are the theme's looked-up colours.
        Platform.runLater(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        Journey journey = TidyLayout.tidy(LintBenchmark.sized(50));
        InMemoryJourneyLibrary library = new InMemoryJourneyLibrary(Clock.systemUTC(), "benchmark");
        library.saveDraft(journey);
        Object[] built = onFx(() -> {
            long start = System.nanoTime();
            JourneysViewModel model = new JourneysViewModel(library);
            JourneysView view = new JourneysView(model);
            Scene scene = new Scene(view, 1280, 800);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            scene.snapshot(null);
            return new Object[] {model, view, scene, (System.nanoTime() - start) / 1e6};
        });
        JourneysViewModel model = (JourneysViewModel) built[0];
        JourneysView view = (JourneysView) built[1];
        Scene scene = (Scene) built[2];
        System.out.printf(Locale.ROOT, "journey: %d steps, %d connections; first render of the editor: %.1f ms%n",
                journey.nodes().size(), journey.edges().size(), (double) built[3]);
        System.out.printf(Locale.ROOT, "load average %.1f on %d cores; wall-clock times unless noted%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-28s %9s %9s %9s%n", "", "median", "p95", "max");

        List<Double> move = new ArrayList<>();
        List<Double> add = new ArrayList<>();
        List<Double> connect = new ArrayList<>();
        List<Double> undo = new ArrayList<>();
        List<Double> frames = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            boolean counted = i >= WARM_UP;
            int round = i;
            timeEdit(scene, () -> model.editor().moveBy(List.of("wait-" + (round % 50)), 8, 0), counted ? move : null, frames,
                    counted);
            timeEdit(scene, () -> model.editor().addNode(NodeKind.EXIT, new Position(600, 40 * round)),
                    counted ? add : null, frames, counted);
            String added = onFx(() -> model.editor().selectedNodeProperty().get());
            timeEdit(scene, () -> model.editor().connect("split-" + (round % 50), "sensitive", added), counted ? connect : null,
                    frames, counted);
            timeEdit(scene, model.editor()::undo, counted ? undo : null, frames, counted);
        }
        List<Double> idle = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            double ms = onFx(() -> {
                long start = System.nanoTime();
                scene.snapshot(null);
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= WARM_UP) {
                idle.add(ms);
            }
        }
        print("frame, nothing changed", idle);
        print("edit: move a step", move);
        print("edit: add a step", add);
        print("edit: connect", connect);
        print("edit: undo", undo);
        print("frame after an edit", frames);
        print("edit, JavaFX thread CPU", EDIT_CPU);

        // Dragging a card: each pointer move redraws the connections, then a frame.
        List<Double> drag = new ArrayList<>();
        Node card = onFx(() -> view.canvas().lookup("#node-wait-10"));
        double[] at = onFx(() -> {
            var b = card.localToScene(card.getBoundsInLocal());
            return new double[] {b.getCenterX(), b.getCenterY()};
        });
        onFx(() -> {
            Event.fireEvent(card, mouse(MouseEvent.MOUSE_PRESSED, at[0], at[1]));
            return null;
        });
        for (int i = 1; i <= WARM_UP + RUNS; i++) {
            double x = at[0] + i * 3;
            double y = at[1] + i;
            double ms = onFx(() -> {
                long start = System.nanoTime();
                Event.fireEvent(card, mouse(MouseEvent.MOUSE_DRAGGED, x, y));
                scene.snapshot(null);
                return (System.nanoTime() - start) / 1e6;
            });
            if (i > WARM_UP) {
                drag.add(ms);
            }
        }
        double released = onFx(() -> {
            long start = System.nanoTime();
            Event.fireEvent(card, mouse(MouseEvent.MOUSE_RELEASED, at[0] + 150, at[1] + 50));
            scene.snapshot(null);
            return (System.nanoTime() - start) / 1e6;
        });
        print("frame while dragging a card", drag);
        System.out.printf(Locale.ROOT, "drop (move edit + frame): %.1f ms%n", released);
        Platform.exit();
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null);
    }

    private static final ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean();
    /** CPU time of the JavaFX thread for each counted edit: what the edit costs when the machine is busy. */
    private static final List<Double> EDIT_CPU = new ArrayList<>();

    /** Times the edit on the JavaFX thread, then the frame after it. */
    private static void timeEdit(Scene scene, Runnable edit, List<Double> edits, List<Double> frames,
            boolean counted) throws Exception {
        double[] times = onFx(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            edit.run();
            long edited = System.nanoTime();
            long editCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            scene.snapshot(null);
            long framed = System.nanoTime();
            return new double[] {(edited - start) / 1e6, (framed - edited) / 1e6, editCpu / 1e6};
        });
        if (counted) {
            edits.add(times[0]);
            frames.add(times[1]);
            EDIT_CPU.add(times[2]);
        }
    }

    private static void print(String what, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-28s %6.1f ms %6.1f ms %6.1f ms%n", what, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
