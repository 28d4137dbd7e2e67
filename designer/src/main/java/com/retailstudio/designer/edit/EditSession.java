package com.retailstudio.designer.edit;

import com.retailstudio.designer.model.Journey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One journey being edited, with undo and redo of every edit. The journey is immutable, so the history is simply the
 * journeys before (undo) and after (redo) the current one; steps that did not change are shared between snapshots.
 */
public final class EditSession {

    /** How many edits can be undone; older ones are forgotten. */
    public static final int HISTORY_LIMIT = 500;

    private final Deque<Journey> undo = new ArrayDeque<>();
    private final Deque<Journey> redo = new ArrayDeque<>();
    private Journey current;

    public EditSession(Journey journey) {
        this.current = Objects.requireNonNull(journey, "journey");
    }

    public Journey journey() {
        return current;
    }

    /**
     * Applies the edit; returns false (and records nothing) when it changed nothing. Redo history is cleared by an
     * edit that changes something.
     */
    public boolean apply(UnaryOperator<Journey> edit) {
        Journey next = Objects.requireNonNull(edit.apply(current), "an edit must return a journey");
        if (next.equals(current)) {
            return false;
        }
        undo.push(current);
        if (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Goes back one edit; false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(current);
        current = undo.pop();
        return true;
    }

    /** Goes forward one undone edit; false when there is none. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(current);
        current = redo.pop();
        return true;
    }
}
