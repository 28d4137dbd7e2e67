package com.retailstudio.designer.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The Journeys section's message line: what the last command did (a tick), or why it was refused (a warning). */
final class JourneyMessageLine extends Label {

    JourneyMessageLine(JourneysViewModel model) {
        // Under the toolbar, wrapped: a refusal (a personal price, a journey with errors) is read whole, not cut
        // short beside the buttons with the rest in a tooltip.
        setId("journey-message");
        getStyleClass().add("journey-message");
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
        textProperty().bind(model.messageProperty());
        Tooltip messageTip = new Tooltip();
        messageTip.setWrapText(true);
        messageTip.setMaxWidth(480);
        messageTip.textProperty().bind(model.messageProperty());
        setTooltip(messageTip);
        FontIcon messageIcon = new FontIcon();
        setGraphic(messageIcon);
        Runnable tone = () -> {
            boolean problem = model.messageIsProblemProperty().get();
            getStyleClass().removeAll("problem", "done");
            getStyleClass().add(problem ? "problem" : "done");
            messageIcon.setIconCode(problem ? Material2OutlinedAL.ERROR_OUTLINE : Material2OutlinedAL.CHECK_CIRCLE);
            setVisible(!model.messageProperty().get().isEmpty());
            setManaged(isVisible());
        };
        model.messageProperty().addListener((observable, before, after) -> tone.run());
        model.messageIsProblemProperty().addListener((observable, before, after) -> tone.run());
        tone.run();
    }
}
