package com.retailstudio.designer.ui.properties;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.retailstudio.testsupport.Screenshots;
import java.io.IOException;
import javafx.application.Application;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Screenshots of the inspectors for a person to look at, in the light and the dark theme. */
public final class InspectorScreenshots {

    private InspectorScreenshots() {
    }

    public static void light(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void dark(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the node as it is laid out, its whole height (not only what the scroll pane shows). */
    public static void write(FxRobot robot, Node node, String name) throws IOException {
        Screenshots.write(robot, node, name);
    }
}
