package com.retailstudio.ui.feedback;

import java.util.Objects;

/**
 * One thing a section tells the user after an action (saved, refused, exported, cancelled), with how it went; the
 * view shows it with {@link FeedbackLabel}. A section holds one property of this type per place it speaks, instead
 * of a message text and a separate "refused" flag.
 */
public record Feedback(String text, Severity severity) {

    /** How it went, which decides the colour it is shown in. */
    public enum Severity {
        /** Neutral news: "Exporting…", "Undone". */
        INFO("text-muted"),
        /** It worked: "Submitted plan 7 version 2". */
        SUCCESS("success"),
        /** Worth reading, nothing broke: "Planning was cancelled". */
        WARNING("warning"),
        /** It failed or was refused. */
        DANGER("danger");

        private final String styleClass;

        Severity(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The theme's style class for this severity (AtlantaFX's names, so the theme colours it). */
        public String styleClass() {
            return styleClass;
        }
    }

    private static final Feedback NONE = new Feedback("", Severity.INFO);

    public Feedback {
        Objects.requireNonNull(text);
        Objects.requireNonNull(severity);
    }

    /** Nothing to say: the label showing it is hidden. */
    public static Feedback none() {
        return NONE;
    }

    public static Feedback info(String text) {
        return new Feedback(text, Severity.INFO);
    }

    public static Feedback success(String text) {
        return new Feedback(text, Severity.SUCCESS);
    }

    public static Feedback warning(String text) {
        return new Feedback(text, Severity.WARNING);
    }

    public static Feedback danger(String text) {
        return new Feedback(text, Severity.DANGER);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
