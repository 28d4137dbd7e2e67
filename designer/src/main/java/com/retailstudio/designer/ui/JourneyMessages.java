package com.retailstudio.designer.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Journeys section's one message line, shared by its models: what the last command did, or why it was refused.
 */
final class JourneyMessages {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "messageIsProblem");
    /** The version the message says is waiting for review ("id#number"), so a decision made elsewhere updates it. */
    private String awaitsReviewOf;

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    String text() {
        return text.get();
    }

    boolean isProblem() {
        return problem.get();
    }

    void say(String words, boolean isProblem) {
        awaitsReviewOf = null;
        text.set(words);
        problem.set(isProblem);
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
