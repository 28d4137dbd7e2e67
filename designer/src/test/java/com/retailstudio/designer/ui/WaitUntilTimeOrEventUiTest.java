package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.WaitUntil;
import com.retailstudio.designer.ui.properties.InspectorScreenshots;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A wait until a time on the customer's clock or an event before then (the file's {@code until} with
 * {@code untilEvent}), edited in the editor's inspector and undone step by step.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class WaitUntilTimeOrEventUiTest {
    private JourneysViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new JourneysViewModel(new InMemoryJourneyLibrary(Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"),
                ZoneOffset.UTC), "ana"));
        model.library().newFromTemplate("cart-abandonment");
        InspectorPane inspector = new InspectorPane(model.editor(), FieldCatalogue.standard());
        stage.setScene(new Scene(inspector, 320, 900));
        stage.show();
    }

    private JourneyNode.Wait theWait() {
        return (JourneyNode.Wait) model.editor().journeyProperty().get().node("wait-1h").orElseThrow();
    }

    private List<Edge> edgesOfTheWait() {
        return model.editor().journeyProperty().get().edges().stream().filter(e -> e.from().equals("wait-1h"))
                .toList();
    }

    private static boolean showing(FxRobot robot, String id) {
        return shown(robot.lookup("#" + id).query());
    }

    /** Whether the node and every container around it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aWaitUntilATimeOnTheCustomersClockAlsoEndsOnAnEventAndEachEditUndoes(FxRobot robot) throws IOException {
        robot.interact(() -> model.editor().select("wait-1h", false));
        JourneyNode.Wait untilPurchase = theWait();
        List<Edge> paths = edgesOfTheWait();
        assertEquals(Optional.of("purchase"), untilPurchase.untilEvent());
        assertFalse(showing(robot, "wait-local-until-event"));

        // To the customer's clock: the event stays, with its ✓ path and the time-out path.
        robot.interact(() -> robot.lookup("#wait-until-local").queryAs(RadioButton.class).fire());
        JourneyNode.Wait morningOrPurchase = theWait();
        assertEquals(Optional.of(new WaitUntil.TimeOfDay(LocalTime.of(9, 0))), morningOrPurchase.until());
        assertEquals(Optional.of("purchase"), morningOrPurchase.untilEvent());
        assertEquals(paths, edgesOfTheWait());
        CheckBox orEvent = robot.lookup("#wait-local-until-event").queryAs(CheckBox.class);
        assertTrue(showing(robot, "wait-local-until-event") && orEvent.isSelected());
        assertTrue(showing(robot, "wait-event") && showing(robot, "wait-at"));
        assertFalse(showing(robot, "wait-duration"));
        Node stepForm = robot.lookup(".inspector-content").queryAll().stream().filter(WaitUntilTimeOrEventUiTest::shown)
                .findFirst().orElseThrow();
        InspectorScreenshots.write(robot, stepForm, "properties-wait-local-or-event-light.png");

        // Without the event, and with it again: one edit each.
        robot.interact(orEvent::fire);
        assertEquals(Optional.empty(), theWait().untilEvent());
        assertEquals(morningOrPurchase.until(), theWait().until());
        assertFalse(showing(robot, "wait-event"));
        robot.interact(orEvent::fire);
        assertEquals(morningOrPurchase, theWait());

        robot.interact(() -> model.editor().undo());
        assertEquals(Optional.empty(), theWait().untilEvent());
        assertFalse(robot.lookup("#wait-local-until-event").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> model.editor().undo());
        assertEquals(morningOrPurchase, theWait());
        assertTrue(robot.lookup("#wait-local-until-event").queryAs(CheckBox.class).isSelected(),
                "a wait with both is shown with both");
        assertTrue(robot.lookup("#wait-until-local").queryAs(RadioButton.class).isSelected());
        robot.interact(() -> model.editor().undo());
        assertEquals(untilPurchase, theWait());
        assertEquals(paths, edgesOfTheWait());
        assertTrue(robot.lookup("#wait-until-event").queryAs(RadioButton.class).isSelected());
        assertTrue(showing(robot, "wait-duration"));
    }
}
