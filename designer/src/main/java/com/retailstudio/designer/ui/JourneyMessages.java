package com.retailstudio.designer.ui;

import com.retailstudio.ui.feedback.Feedback;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Journeys section's one message line, shared by its models: what the last command did ({@link Feedback}
 * success), or why it was refused (danger).
 */
final class JourneyMessages {

    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback",
            Feedback.none());
    /** The version the message says is waiting for review ("id#number"), so a decision made elsewhere updates it. */
    private String awaitsReviewOf;

    ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    String text() {
        return feedback.get().text();
    }

    boolean isProblem() {
        return feedback.get().severity() == Feedback.Severity.DANGER;
    }

    /** Says what a command did, or (when {@code isProblem}) why it was refused; empty words clear the line. */
    void say(String words, boolean isProblem) {
        awaitsReviewOf = null;
        feedback.set(words.isEmpty() ? Feedback.none()
                : isProblem ? Feedback.danger(words) : Feedback.success(words));
    }

    /** Says the version is waiting for review, so the line can follow the reviewer's decision. */
    void sayAwaitingReview(String words, String journeyId, int version) {
        say(words, false);
        awaitsReviewOf = journeyId + "#" + version;
    }

    /** Whether the line still says that this version is waiting for review. */
    boolean awaitsReviewOf(String journeyId, int version) {
        return (journeyId + "#" + version).equals(awaitsReviewOf);
    }
}
