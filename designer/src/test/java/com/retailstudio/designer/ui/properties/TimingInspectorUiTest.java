package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.WaitUntil;
import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timing editors on a stage, 320 px wide like the inspector: local-time waits, best hour, exit criteria. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class TimingInspectorUiTest {
    private final List<JourneyNode> nodeChanges = new ArrayList<>();
    private final List<Journey> journeyChanges = new ArrayList<>();
    private NodePropertiesPanel steps;
    private JourneySettingsPanel settings;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        steps = new NodePropertiesPanel(FieldCatalogue.standard());
        steps.setOnChange(nodeChanges::add);
        settings = new JourneySettingsPanel(FieldCatalogue.standard());
        settings.setOnChange(journeyChanges::add);
        stage.setScene(new Scene(new HBox(steps, settings), 640, 900));
        steps.setPrefWidth(320);
        settings.setPrefWidth(320);
        stage.show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        InspectorScreenshots.light(robot);
    }

    private JourneyNode last() {
        assertFalse(nodeChanges.isEmpty(), "an edit was passed on");
        return nodeChanges.get(nodeChanges.size() - 1);
    }

    /** Whether the node and every container around it are visible. */
    private static boolean showing(FxRobot robot, String id) {
        for (Node n = robot.lookup("#" + id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aWaitSwitchedToTheCustomersClockWaitsForADateOfTheirProfile(FxRobot robot) throws IOException {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        robot.interact(() -> steps.show(cart, cart.node("wait-1h").orElseThrow()));
        nodeChanges.clear();
        assertFalse(showing(robot, "wait-local-kind"));
        robot.interact(() -> robot.lookup("#wait-until-local").queryAs(RadioButton.class).fire());
        JourneyNode.Wait morning = (JourneyNode.Wait) last();
        assertEquals(Optional.of(new WaitUntil.TimeOfDay(LocalTime.of(9, 0))), morning.until());
        assertEquals(Optional.of("purchase"), morning.untilEvent(), "the event the wait listened for is kept");
        assertTrue(showing(robot, "wait-at"));
        assertFalse(showing(robot, "wait-duration"));

        @SuppressWarnings("unchecked")
        ComboBox<WaitModel.LocalKind> kind = robot.lookup("#wait-local-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(WaitModel.LocalKind.DATE));
        InspectorTyping.type(robot, "wait-offset-days", "-3");
        JourneyNode.Wait beforeAnniversary = (JourneyNode.Wait) last();
        assertEquals(Optional.of(new WaitUntil.DateAttribute("signup_date", -3, LocalTime.of(9, 0), true)),
                beforeAnniversary.until());
        Node content = robot.from(steps).lookup(".inspector-content").query();
        InspectorScreenshots.write(robot, content, "properties-wait-local-date-light.png");
        InspectorScreenshots.dark(robot);
        InspectorScreenshots.write(robot, content, "properties-wait-local-date-dark.png");
    }

    @Test
    void anActionIsSentAtTheBestHourFromItsCheckBox(FxRobot robot) throws IOException {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        JourneyNode action = cart.nodes().stream().filter(n -> n instanceof JourneyNode.Action).findFirst()
                .orElseThrow();
        robot.interact(() -> steps.show(cart, action));
        nodeChanges.clear();
        robot.interact(() -> robot.lookup("#action-best-hour").queryAs(CheckBox.class).fire());
        assertTrue(((JourneyNode.Action) last()).sendAtBestHour());
        InspectorScreenshots.write(robot, robot.from(steps).lookup(".inspector-content").query(),
                "properties-action-best-hour-light.png");
    }

    @Test
    void anExitCriterionIsAddedInTheJourneySettings(FxRobot robot) throws IOException {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        robot.interact(() -> settings.show(cart));
        journeyChanges.clear();
        robot.interact(() -> robot.lookup("#add-exit-criterion").queryButton().fire());
        assertEquals(List.of(new ExitCriterion.OnEvent("unsubscribe")),
                journeyChanges.get(journeyChanges.size() - 1).exitCriteria());
        @SuppressWarnings("unchecked")
        ComboBox<String> event = robot.lookup("#exit-1-event").queryAs(ComboBox.class);
        robot.interact(() -> event.setValue("store_visit"));
        assertEquals(List.of(new ExitCriterion.OnEvent("store_visit")),
                journeyChanges.get(journeyChanges.size() - 1).exitCriteria());
        Node section = robot.lookup("#exit-1").query().getParent().getParent();
        InspectorScreenshots.write(robot, section, "settings-exit-criteria-light.png");
        InspectorScreenshots.dark(robot);
        InspectorScreenshots.write(robot, section, "settings-exit-criteria-dark.png");
    }
}
