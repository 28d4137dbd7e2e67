package com.retailstudio.ui.feedback;

import com.retailstudio.ui.section.SectionKit;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Shows a section's {@link Feedback}: its text, wrapped and never cut, in the colour of its severity; hidden and
 * taking no room while there is nothing to say.
 */
public final class FeedbackLabel extends Label {

    public FeedbackLabel(ObservableValue<Feedback> feedback) {
        SectionKit.style(this, "feedback");
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        feedback.addListener((observable, before, now) -> show(now));
        show(feedback.getValue());
    }

    private void show(Feedback feedback) {
        Feedback shown = feedback == null ? Feedback.none() : feedback;
        for (Feedback.Severity severity : Feedback.Severity.values()) {
            getStyleClass().remove(severity.styleClass());
        }
        getStyleClass().add(shown.severity().styleClass());
        setText(shown.text());
    }
}
