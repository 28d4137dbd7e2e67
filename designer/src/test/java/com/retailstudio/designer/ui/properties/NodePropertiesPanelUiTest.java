package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.Operator;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The step inspector on a stage, 320 px wide as it sits beside the canvas: every step kind, typing, screenshots. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class NodePropertiesPanelUiTest {
    private final List<JourneyNode> changes = new ArrayList<>();
    private NodePropertiesPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        panel = new NodePropertiesPanel(FieldCatalogue.standard());
        panel.setOnChange(changes::add);
        stage.setScene(new Scene(panel, 320, 760));
        stage.show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        InspectorScreenshots.light(robot);
    }

    private void show(FxRobot robot, String template, String nodeId) {
        Journey journey = JourneyTemplates.load(template).orElseThrow();
        robot.interact(() -> panel.show(journey, journey.node(nodeId).orElseThrow()));
        changes.clear();
    }

    private static void type(FxRobot robot, String id, String text) {
        InspectorTyping.type(robot, id, text);
    }

    private static Label problemBelow(FxRobot robot, String id) {
        Node field = robot.lookup("#" + id).query();
        Parent box = field.getParent();
        while (box != null && box.lookupAll(".inspector-problem").isEmpty()) {
            box = box.getParent();
        }
        return (Label) box.lookupAll(".inspector-problem").iterator().next();
    }

    private static boolean flagged(Node node) {
        return node.getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    private JourneyNode onlyChange() {
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    @Test
    void withoutAStepThePanelAsksToSelectOne(FxRobot robot) throws IOException {
        robot.interact(() -> panel.show(null, null));
        assertTrue(robot.lookup("#node-properties-empty").query().isVisible());
        InspectorScreenshots.write(robot, panel, "properties-none-light.png");
    }

    @Test
    void everyStepOfEveryTemplateShowsItsEditorsInBothThemes(FxRobot robot) throws IOException {
        Set<String> shot = new HashSet<>();
        for (String name : JourneyTemplates.NAMES) {
            Journey journey = JourneyTemplates.load(name).orElseThrow();
            for (JourneyNode node : journey.nodes()) {
                robot.interact(() -> panel.show(journey, node));
                assertFalse(robot.lookup("#node-properties-empty").query().isVisible());
                assertEquals(node.title(), robot.lookup("#node-title").queryAs(TextField.class).getText());
                assertTrue(robot.lookup(".inspector-kind").queryAs(Label.class).getText()
                        .equals(NodeEditorModel.kindName(node)));
                // Showing a step is not an edit.
                assertEquals(List.of(), changes);
                if (shot.add(node.type())) {
                    Node content = robot.lookup(".inspector-content").query();
                    InspectorScreenshots.write(robot, content, "properties-" + node.type() + "-light.png");
                    InspectorScreenshots.dark(robot);
                    InspectorScreenshots.write(robot, content, "properties-" + node.type() + "-dark.png");
                    InspectorScreenshots.light(robot);
                }
            }
        }
        assertEquals(Set.of("entry", "wait", "condition_split", "random_split", "action", "next_best_action", "exit"),
                shot);
        // The viewport as it sits beside the canvas, scrolled to the top.
        Journey winback = JourneyTemplates.load("winback").orElseThrow();
        robot.interact(() -> panel.show(winback, winback.node("nba").orElseThrow()));
        InspectorScreenshots.write(robot, panel, "properties-panel-nba-viewport-light.png");
    }

    @Test
    void typingAWaitDurationCommitsANewWaitAndABadOneIsShownNotPassedOn(FxRobot robot) throws IOException {
        show(robot, "cart-abandonment", "wait-1d");
        type(robot, "wait-duration", "2 days");
        JourneyNode.Wait wait = assertInstanceOf(JourneyNode.Wait.class, onlyChange());
        assertEquals(Duration.ofDays(2), wait.duration());
        assertEquals("wait-1d", wait.id());

        changes.clear();
        type(robot, "wait-duration", "3 dyas");
        assertEquals(List.of(), changes);
        assertTrue(flagged(robot.lookup("#wait-duration").query()));
        Label problem = problemBelow(robot, "wait-duration");
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().startsWith("\"3 dyas\" is not a duration"), problem.getText());
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-wait-bad-duration-light.png");

        type(robot, "wait-duration", "3 days");
        assertEquals(Duration.ofDays(3), ((JourneyNode.Wait) onlyChange()).duration());
        assertFalse(flagged(robot.lookup("#wait-duration").query()));
        assertFalse(problem.isVisible());
    }

    @Test
    void aWaitSwitchedToUntilAnEventGetsItsEvent(FxRobot robot) {
        show(robot, "cart-abandonment", "wait-1h");
        assertTrue(robot.lookup("#wait-event").query().isVisible());
        robot.interact(() -> robot.lookup("#wait-for-time").queryAs(RadioButton.class).fire());
        JourneyNode.Wait wait = (JourneyNode.Wait) onlyChange();
        assertEquals(Optional.empty(), wait.untilEvent());
        assertEquals(List.of(JourneyNode.NEXT), wait.outputPorts());
        assertFalse(robot.lookup("#wait-event").query().getParent().isVisible());

        changes.clear();
        robot.interact(() -> robot.lookup("#wait-until-event").queryAs(RadioButton.class).fire());
        @SuppressWarnings("unchecked")
        ComboBox<String> event = robot.lookup("#wait-event").queryAs(ComboBox.class);
        robot.interact(() -> event.setValue("email_click"));
        JourneyNode.Wait until = (JourneyNode.Wait) changes.get(changes.size() - 1);
        assertEquals(Optional.of("email_click"), until.untilEvent());
        assertEquals(List.of(JourneyNode.EVENT, JourneyNode.TIMEOUT), until.outputPorts());
    }

    @Test
    void randomSplitWeightsShowTheirTotalAndOnlyAHundredIsPassedOn(FxRobot robot) throws IOException {
        show(robot, "winback", "ab");
        Label total = robot.lookup("#paths-total").queryAs(Label.class);
        assertEquals("Total 100 %", total.getText());
        type(robot, "path-1-weight", "40");
        assertEquals(List.of(), changes);
        assertEquals("Total 90 %", total.getText());
        Label problem = robot.lookup("#paths-total-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("The weights add up to 90 %; they must total 100 %.", problem.getText());
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-random-split-90-light.png");

        type(robot, "path-2-weight", "60");
        JourneyNode.RandomSplit split = (JourneyNode.RandomSplit) onlyChange();
        assertEquals(List.of(40.0, 60.0), split.paths().stream().map(JourneyNode.Path::weight).toList());
        assertFalse(problem.isVisible());
    }

    @Test
    void aRandomSplitBecomesAnExperimentThatPicksAWinner(FxRobot robot) throws IOException {
        show(robot, "winback", "ab");
        assertFalse(robot.lookup("#experiment-days").query().getParent().getParent().isVisible());
        ComboBox<ExperimentModel.Mode> mode = robot.lookup("#experiment-mode").queryAs(ComboBox.class);
        robot.interact(() -> mode.getSelectionModel().select(ExperimentModel.Mode.PICK_WINNER));
        assertTrue(robot.lookup("#experiment-days").query().getParent().getParent().isVisible());
        changes.clear();
        type(robot, "experiment-days", "21");
        JourneyNode.RandomSplit split = (JourneyNode.RandomSplit) onlyChange();
        assertEquals(Optional.of(Experiment.pickWinner(21, 0.05)), split.experiment());
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-experiment-light.png");
        InspectorScreenshots.dark(robot);
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-experiment-dark.png");
    }

    @Test
    void removingABranchPassesOnASplitWithoutIt(FxRobot robot) {
        show(robot, "cart-abandonment", "price-split");
        robot.clickOn("#branch-1-remove");
        JourneyNode.ConditionSplit split = (JourneyNode.ConditionSplit) onlyChange();
        assertEquals(List.of(), split.branches());
        assertEquals(List.of(JourneyNode.ELSE), split.outputPorts());
    }

    @Test
    void aConditionValueOfTheWrongTypeIsFlaggedBesideItsRow(FxRobot robot) throws IOException {
        show(robot, "cart-abandonment", "price-split");
        // The first condition of the first branch: price_sensitivity at least 0.6.
        TextField value = robot.lookup("#branch-1-condition-1-value").queryAs(TextField.class);
        assertEquals("0.6", value.getText());
        InspectorTyping.typeInto(robot, value, "high");
        assertEquals(List.of(), changes);
        Label problem = robot.lookup("#branch-1-condition-1").lookup(".inspector-problem").queryAs(Label.class);
        assertEquals("price_sensitivity needs a number, not \"high\".", problem.getText());
        assertTrue(flagged(value));
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-condition-bad-value-light.png");

        InspectorTyping.typeInto(robot, value, "0.75");
        JourneyNode.ConditionSplit split = (JourneyNode.ConditionSplit) onlyChange();
        Condition.Comparison first = (Condition.Comparison) split.branches().get(0).condition().conditions().get(0);
        assertEquals("price_sensitivity is at least 0.75", first.describe());
        assertFalse(problem.isVisible());
    }

    @Test
    void aNewConditionOffersOnlyTheOperatorsOfItsFieldsType(FxRobot robot) throws IOException {
        show(robot, "cart-abandonment", "price-split");
        robot.interact(() -> robot.lookup("#branch-1-condition-add-condition").queryAs(Button.class).fire());
        // A row without a field is not an edit yet.
        assertEquals(List.of(), changes);
        Node row = robot.lookup("#branch-1-condition-3").query();
        @SuppressWarnings("unchecked")
        SearchableComboBox<Field> picker = robot.lookup("#branch-1-condition-3-field")
                .queryAs(SearchableComboBox.class);
        assertEquals(null, picker.getValue());
        assertEquals("Choose a field…", picker.getPromptText());
        List<String> groups = picker.getItems().stream().map(f -> f.group().label()).distinct().toList();
        assertEquals(List.of("Profile", "Consent", "Behaviour", "Journey history"), groups);
        Field tier = FieldCatalogue.standard().lookup("loyalty_tier").orElseThrow();
        robot.interact(() -> picker.setValue(tier));
        // An enum field's value is a combo of its codes, already filled: the condition is complete and passed on.
        @SuppressWarnings("unchecked")
        ComboBox<Operator> operator = robot.lookup("#branch-1-condition-3-operator")
                .queryAs(ComboBox.class);
        assertEquals(List.of("is", "is not", "is one of", "is none of"),
                operator.getItems().stream().map(Operator::phrase).toList());
        JourneyNode.ConditionSplit split = (JourneyNode.ConditionSplit) changes.get(changes.size() - 1);
        String firstCode = FieldCatalogue.standard().lookup("loyalty_tier").orElseThrow().allowedValues().get(0);
        assertEquals("loyalty_tier is " + firstCode,
                split.branches().get(0).condition().conditions().get(2).describe());
        assertTrue(row.isVisible());
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-condition-added-light.png");
    }

    @Test
    void anActionsOfferIsChosenAndTypedNeverAPrice(FxRobot robot) {
        show(robot, "clearance-offer", "percent");
        @SuppressWarnings("unchecked")
        ComboBox<MessageModel.OfferChoice> offer = robot.lookup("#message-offer").queryAs(ComboBox.class);
        assertEquals(List.of(MessageModel.OfferChoice.values()), offer.getItems());
        assertTrue(offer.getItems().stream().noneMatch(c -> c.label().toLowerCase().contains("price")));
        type(robot, "message-percent", "30");
        JourneyNode.Action action = (JourneyNode.Action) onlyChange();
        assertEquals(Optional.of(new Offer.PercentOff(30)), action.message().offer());

        changes.clear();
        robot.interact(() -> offer.setValue(MessageModel.OfferChoice.BUNDLE));
        assertEquals(Optional.of(new Offer.Bundle(2, 1)), ((JourneyNode.Action) onlyChange()).message().offer());
        changes.clear();
        type(robot, "message-free", "0");
        assertEquals(List.of(), changes);
        assertTrue(flagged(robot.lookup("#message-free").query()));
    }

    @Test
    void aReminderIsMarkedTransactionalWithACheckboxAndAPromotionSaysWhyItCannotBe(FxRobot robot)
            throws IOException {
        show(robot, "cart-abandonment", "reminder");
        CheckBox transactional = robot.lookup("#message-transactional").queryAs(CheckBox.class);
        Label hint = robot.lookup("#message-transactional-hint").queryAs(Label.class);
        assertFalse(transactional.isDisabled());
        assertFalse(transactional.isSelected());
        assertTrue(hint.getText().startsWith("Not limited by frequency caps."), hint.getText());
        robot.clickOn(transactional);
        assertTrue(((JourneyNode.Action) onlyChange()).message().transactional());
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-action-transactional-light.png");
        InspectorScreenshots.dark(robot);
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-action-transactional-dark.png");
        InspectorScreenshots.light(robot);

        show(robot, "cart-abandonment", "promo");
        CheckBox promo = robot.lookup("#message-transactional").queryAs(CheckBox.class);
        assertTrue(promo.isDisabled());
        assertEquals("Promotions cannot be transactional: frequency caps limit every message that sells.",
                robot.lookup("#message-transactional-hint").queryAs(Label.class).getText());
        robot.clickOn(promo);
        assertEquals(List.of(), changes);
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-action-transactional-promotion-light.png");
    }

    @Test
    void nextBestActionCandidatesAndBestHourAreEdited(FxRobot robot) {
        show(robot, "winback", "nba");
        type(robot, "candidate-1-value", "55");
        JourneyNode.NextBestAction nba = (JourneyNode.NextBestAction) onlyChange();
        assertEquals(55.0, nba.candidates().get(0).value());
        changes.clear();
        CheckBox bestHour = robot.lookup("#nba-best-hour").queryAs(CheckBox.class);
        boolean before = bestHour.isSelected();
        robot.interact(bestHour::fire);
        assertEquals(!before, ((JourneyNode.NextBestAction) onlyChange()).sendAtBestHour());
    }

    @Test
    void anEntryOrExitIsRenamed(FxRobot robot) {
        show(robot, "welcome-series", "entry");
        type(robot, "node-title", "Signed up");
        assertEquals(new JourneyNode.Entry("entry", "Signed up",
                JourneyTemplates.load("welcome-series").orElseThrow().node("entry").orElseThrow().position()),
                onlyChange());
    }
}
