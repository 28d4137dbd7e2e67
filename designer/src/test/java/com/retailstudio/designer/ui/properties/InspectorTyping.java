package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Typing into an inspector as a person does: scroll the field into view, click it, replace its text, Enter. */
final class InspectorTyping {
    private InspectorTyping() {
    }

    static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        typeInto(robot, field, text);
    }

    static void typeInto(FxRobot robot, TextInputControl field, String text) {
        robot.interact(() -> reveal(field));
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, field.getText(), "the typed text landed in the field");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the inspector so that the node is in the viewport, a little below its top. */
    private static void reveal(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll)) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double spare = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (spare > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 40) / spare)));
        }
        scroll.layout();
    }
}
