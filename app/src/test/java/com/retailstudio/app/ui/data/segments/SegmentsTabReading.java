package com.retailstudio.app.ui.data.segments;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** What the Segments tab's tests read off the screen: a label's text and a figure. */
final class SegmentsTabReading {

    private SegmentsTabReading() {
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** A figure such as "3,000" as a number. */
    static int figure(FxRobot robot, String id) {
        return Integer.parseInt(text(robot, id).replace(",", ""));
    }
}
