package com.retailstudio.app.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;

/**
 * What a section shows before it has content: what will be here, and the one action that starts it.
 * An absent action target means the action is not available yet; {@code caption} then says why.
 */
public record EmptyState(Section section, String headline, String description, List<String> highlights,
                         String actionLabel, Ikon actionIcon, Optional<Runnable> action, String caption) {

    public EmptyState {
        Objects.requireNonNull(section);
        Objects.requireNonNull(headline);
        highlights = List.copyOf(highlights);
        Objects.requireNonNull(action);
    }

    /** The same empty state with its action enabled to run {@code handler}. */
    public EmptyState withAction(Runnable handler) {
        return new EmptyState(section, headline, description, highlights, actionLabel, actionIcon,
                Optional.of(handler), caption);
    }
}
