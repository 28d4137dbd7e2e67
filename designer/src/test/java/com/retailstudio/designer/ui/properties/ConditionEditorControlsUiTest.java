package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.testsupport.Screenshots;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The condition editor's ControlsFX controls, driven by keyboard: the field searched for in a
 * {@link SearchableComboBox}, the codes of "is one of" checked in a {@link CheckComboBox}.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ConditionEditorControlsUiTest {

    private ConditionGroupModel model;
    private Scene scene;
    private int changes;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = ConditionGroupModel.of(FieldChoices.of(FieldCatalogue.standard(), null, false),
                Condition.Group.always());
        StackPane root = new StackPane(ConditionGroupEditor.standalone(model, "audience", () -> changes++));
        root.setPadding(new Insets(12));
        scene = new Scene(root, 420, 420);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static <T> SearchableComboBox<T> searchable(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(SearchableComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> CheckComboBox<T> checks(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CheckComboBox.class);
    }

    /** The popup's window, drawn over the scene's, for a screenshot of an open drop-down. */
    private void screenshotWithPopup(FxRobot robot, String name) throws IOException {
        Window popup = robot.listWindows().stream().filter(w -> w != scene.getWindow() && w.isShowing())
                .reduce((first, second) -> second).orElseThrow();
        Screenshots.write(robot, scene, name.replace(".png", "-closed.png"));
        Screenshots.write(robot, popup.getScene(), name);
    }

    @Test
    void theFieldIsFoundByTypingAnyPartOfItsPathAndChosenWithEnter(FxRobot robot) throws IOException {
        robot.clickOn("#audience-add-condition");
        SearchableComboBox<Field> picker = searchable(robot, "#audience-1-field");
        assertTrue(picker.getItems().size() > 40, "the whole catalogue in one list: " + picker.getItems().size());

        robot.clickOn(picker);
        robot.write("purchase 30");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup(".list-view").match(Node::isVisible).queryAs(ListView.class);
        assertEquals(List.of("events.purchase.count_30d"), list.getItems().stream().map(f -> ((Field) f).path())
                .toList(), "every word of the search must be in the path");
        screenshotWithPopup(robot, "condition-field-search.png");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("events.purchase.count_30d", picker.getValue().path());
        assertEquals(Optional.of("events.purchase.count_30d"), model.rows().stream()
                .map(row -> ((ComparisonModel) row).fieldProperty().get().path()).findFirst());
    }

    @Test
    void isOneOfOnACodedFieldChecksItsCodesWithTheKeyboard(FxRobot robot) throws IOException {
        robot.clickOn("#audience-add-condition");
        Field tier = FieldCatalogue.standard().lookup("loyalty_tier").orElseThrow();
        robot.interact(() -> searchable(robot, "#audience-1-field").setValue(tier));
        @SuppressWarnings("unchecked")
        ComboBox<Operator> operator = robot.lookup("#audience-1-operator").queryAs(ComboBox.class);
        robot.interact(() -> operator.setValue(Operator.IN));
        CheckComboBox<String> codes = checks(robot, "#audience-1-codes");
        assertEquals(tier.allowedValues(), codes.getItems());
        String first = tier.allowedValues().get(0);
        assertEquals(List.of(first), codes.getCheckModel().getCheckedItems(), "the code \"is\" had stays checked");

        // open with the keyboard, move to the last code and check it with the space bar
        robot.interact(codes::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.listWindows().stream().filter(Window::isShowing).count() > 1, "the codes are open");
        String last = tier.allowedValues().get(tier.allowedValues().size() - 1);
        for (int i = 0; i < tier.allowedValues().size(); i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        screenshotWithPopup(robot, "condition-codes-checked.png");
        robot.type(KeyCode.ESCAPE);

        Condition.Comparison read = (Condition.Comparison) model.read().orElseThrow().conditions().get(0);
        assertEquals(new Condition.Comparison("loyalty_tier", Operator.IN, new ConditionValue.ListValue(List.of(
                new ConditionValue.TextValue(first), new ConditionValue.TextValue(last)))), read);
        assertTrue(changes > 0, "each check is passed on");
    }
}
