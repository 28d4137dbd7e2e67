package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The journey settings inspector on a stage, 320 px wide: every template, typing, screenshots in both themes. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneySettingsPanelUiTest {
    private final List<Journey> changes = new ArrayList<>();
    private JourneySettingsPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        panel = new JourneySettingsPanel(FieldCatalogue.standard());
        panel.setOnChange(changes::add);
        stage.setScene(new Scene(panel, 320, 760));
        stage.show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        InspectorScreenshots.light(robot);
    }

    private Journey show(FxRobot robot, String template) {
        Journey journey = JourneyTemplates.load(template).orElseThrow();
        robot.interact(() -> panel.show(journey));
        changes.clear();
        return journey;
    }

    private static void type(FxRobot robot, String id, String text) {
        InspectorTyping.type(robot, id, text);
    }

    private Journey onlyChange() {
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    @Test
    void everyTemplatesSettingsShowWithoutAnEditAndLookRightInBothThemes(FxRobot robot) throws IOException {
        for (String name : JourneyTemplates.NAMES) {
            Journey journey = show(robot, name);
            assertEquals(journey.name(), robot.lookup("#journey-name").queryAs(TextField.class).getText());
            assertEquals(List.of(), changes);
            Node content = robot.lookup(".inspector-content").query();
            InspectorScreenshots.write(robot, content, "settings-" + name + "-light.png");
            InspectorScreenshots.dark(robot);
            InspectorScreenshots.write(robot, content, "settings-" + name + "-dark.png");
            InspectorScreenshots.light(robot);
            assertEquals(List.of(), changes, "switching theme is not an edit");
        }
        show(robot, "clearance-offer");
        InspectorScreenshots.write(robot, panel, "settings-panel-viewport-light.png");
    }

    @Test
    void renamingAndChangingTheGoalPassOnANewJourneyWithTheSameSteps(FxRobot robot) {
        Journey before = show(robot, "cart-abandonment");
        type(robot, "journey-name", "Cart rescue");
        Journey renamed = onlyChange();
        assertEquals("Cart rescue", renamed.name());
        assertEquals(before.nodes(), renamed.nodes());
        assertEquals(before.edges(), renamed.edges());

        changes.clear();
        type(robot, "goal-window", "10 days");
        assertEquals(Duration.ofDays(10), onlyChange().goal().window());
        changes.clear();
        @SuppressWarnings("unchecked")
        ComboBox<String> goal = robot.lookup("#goal-event").queryAs(ComboBox.class);
        robot.interact(() -> goal.setValue("add_to_cart"));
        assertEquals("add_to_cart", onlyChange().goal().event());
    }

    @Test
    void aHoldoutOver100IsFlaggedAndNotPassedOn(FxRobot robot) throws IOException {
        show(robot, "welcome-series");
        type(robot, "holdout", "120");
        assertEquals(List.of(), changes);
        TextField holdout = robot.lookup("#holdout").queryAs(TextField.class);
        assertTrue(holdout.getPseudoClassStates().contains(Styles.STATE_DANGER));
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "settings-bad-holdout-light.png");
        type(robot, "holdout", "7.5");
        assertEquals(7.5, onlyChange().guardrails().holdoutPercent());
        assertFalse(holdout.getPseudoClassStates().contains(Styles.STATE_DANGER));
    }

    @Test
    void capsQuietHoursConsentAndReEntryAreEdited(FxRobot robot) {
        Journey before = show(robot, "cart-abandonment");
        robot.interact(() -> robot.lookup("#add-cap").queryAs(Button.class).fire());
        Journey capped = onlyChange();
        assertEquals(before.guardrails().frequencyCaps().size() + 1, capped.guardrails().frequencyCaps().size());

        changes.clear();
        String last = "cap-" + capped.guardrails().frequencyCaps().size();
        type(robot, last + "-max", "1");
        assertEquals(1, onlyChange().guardrails().frequencyCaps().get(capped.guardrails().frequencyCaps().size() - 1)
                .maxMessages());

        changes.clear();
        CheckBox email = robot.lookup("#quiet-email").queryAs(CheckBox.class);
        boolean was = email.isSelected();
        robot.interact(email::fire);
        assertEquals(!was, onlyChange().guardrails().quietHours().orElseThrow().covers(JourneyChannel.EMAIL));

        changes.clear();
        @SuppressWarnings("unchecked")
        ComboBox<ConsentPurpose> web = robot.lookup("#consent-web").queryAs(ComboBox.class);
        robot.interact(() -> web.setValue(ConsentPurpose.PERSONALISED_OFFERS));
        assertEquals(Optional.of(ConsentPurpose.PERSONALISED_OFFERS),
                onlyChange().guardrails().consent().forChannel(JourneyChannel.WEB));

        changes.clear();
        CheckBox reEntry = robot.lookup("#reentry-allowed").queryAs(CheckBox.class);
        if (!reEntry.isSelected()) {
            robot.interact(reEntry::fire);
            changes.clear();
        }
        type(robot, "reentry-max", "6");
        assertEquals(6, onlyChange().reEntry().maxEntries());
    }

    @Test
    void theEntryTriggerCanBecomeASchedule(FxRobot robot) {
        show(robot, "cart-abandonment");
        @SuppressWarnings("unchecked")
        ComboBox<JourneySettingsModel.EntryKind> kind = robot.lookup("#entry-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(JourneySettingsModel.EntryKind.SCHEDULE));
        assertTrue(robot.lookup("#schedule-start").query().isVisible());
        changes.clear();
        type(robot, "schedule-start", "2026-12-01");
        EntryTrigger.ScheduleTrigger schedule = (EntryTrigger.ScheduleTrigger) changes.get(changes.size() - 1).entry();
        assertEquals(LocalDate.of(2026, 12, 1), schedule.start());
    }
}
