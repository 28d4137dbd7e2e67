package com.retailstudio.designer.ui;

import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.feedback.FeedbackLabel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The Journeys section's message line, the kit's {@link FeedbackLabel} of the section's feedback: what the last
 * command did (a tick), or why it was refused (a warning sign). The editor shows it under its toolbar, the start
 * pane over its templates (an import refused before any journey is open).
 */
final class JourneyMessageLine {

    private JourneyMessageLine() {
    }

    /** The line, with {@code id}, following the model's feedback. */
    static FeedbackLabel of(JourneysViewModel model, String id) {
        FeedbackLabel line = new FeedbackLabel(model.feedbackProperty());
        line.setId(id);
        line.getStyleClass().add("journey-message");
        line.setMinWidth(0);
        line.setMaxWidth(Double.MAX_VALUE);
        tipWithWholeText(line);
        FontIcon icon = new FontIcon();
        icon.iconCodeProperty().bind(Bindings.createObjectBinding(() ->
                model.feedbackProperty().get().severity() == Feedback.Severity.DANGER
                        ? Material2OutlinedAL.ERROR_OUTLINE : Material2OutlinedAL.CHECK_CIRCLE,
                model.feedbackProperty()));
        line.setGraphic(icon);
        return line;
    }

    /** Gives a label whose text may be cut short a tooltip with all of it, wrapped. */
    static void tipWithWholeText(Labeled label) {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.textProperty().bind(label.textProperty());
        label.setTooltip(tip);
    }
}
