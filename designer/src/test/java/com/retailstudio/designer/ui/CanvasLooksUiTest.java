package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.edit.JourneyEdits;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyStructureDiff;
import com.retailstudio.designer.ui.properties.InspectorScreenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas as a person sees it, written to target/screenshots for a person to compare: the editor with a selected
 * step, a read-only canvas with a run's flow, one with a review's marks, and one zoomed far out.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CanvasLooksUiTest {

    private JourneysView editor;
    private JourneyCanvasView flow;
    private JourneyCanvasView review;
    private String selected;

    @Start
    void start(Stage stage) {
        JourneysViewModel model = new JourneysViewModel(new InMemoryJourneyLibrary(Clock.systemUTC(), "ana"));
        model.library().newFromTemplate("winback");
        editor = new JourneysView(model);
        Journey winback = model.editor().journeyProperty().get();
        selected = winback.nodes().get(2).id();
        model.editor().selectedNodeProperty().set(selected);

        flow = new JourneyCanvasView();
        flow.journeyProperty().set(winback);
        Map<String, Long> entered = new HashMap<>();
        Map<Edge, Long> passed = new HashMap<>();
        long customers = 10_000;
        for (var node : winback.nodes()) {
            entered.put(node.id(), customers);
            customers = customers * 3 / 4;
        }
        for (Edge edge : winback.edges()) {
            passed.put(edge, entered.getOrDefault(edge.to(), 0L));
        }
        passed.put(winback.edges().get(0), 0L);
        flow.showFlow(entered, passed, Map.of(winback.nodes().get(1).id(), 120L));

        review = new JourneyCanvasView();
        Journey moved = JourneyEdits.moveBy(winback, List.of(winback.nodes().get(1).id()), 60, 0);
        review.journeyProperty().set(moved);
        review.setHighlights(CanvasHighlights.later(JourneyStructureDiff.between(winback, moved)));

        HBox row = new HBox(flow, review);
        flow.setPrefSize(600, 700);
        review.setPrefSize(600, 700);
        stage.setScene(new Scene(new VBox(editor, row), 1200, 1500));
        editor.setPrefHeight(800);
        stage.show();
    }

    @Test
    void writesTheCanvasInItsStates(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        InspectorScreenshots.light(robot);
        InspectorScreenshots.write(robot, editor.canvas(), "canvas-editor.png");
        InspectorScreenshots.write(robot, flow, "canvas-flow.png");
        InspectorScreenshots.write(robot, review, "canvas-review.png");
        robot.interact(() -> {
            // five steps out from 100 %: below FAR_ZOOM, where the cards show only their titles
            for (int i = 0; i < 5; i++) {
                editor.canvas().zoomOut();
            }
        });
        InspectorScreenshots.write(robot, editor.canvas(), "canvas-far.png");
        InspectorScreenshots.dark(robot);
        InspectorScreenshots.write(robot, flow, "canvas-flow-dark.png");
        InspectorScreenshots.light(robot);
        assertTrue(Files.size(Path.of("target", "screenshots", "canvas-far.png")) > 0);
        // the states are pseudo-classes and every look comes from journeys.css
        assertTrue(editor.canvas().lookup("#node-" + selected).getPseudoClassStates().contains(NodeCard.SELECTED));
        assertTrue(editor.canvas().lookup(".journey-canvas-content").getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("far")));
        assertFalse(editor.canvas().lookup(".journey-card-summary").isVisible(), "far out, only the titles show");
        // (an icon styles its own font)
        assertTrue(flow.lookupAll("*").stream().filter(node -> !(node instanceof FontIcon))
                .allMatch(node -> node.getStyle().isEmpty()), "no inline styles");
    }
}
