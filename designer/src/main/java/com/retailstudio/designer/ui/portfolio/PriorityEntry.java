package com.retailstudio.designer.ui.portfolio;

import java.util.Objects;

/**
 * A journey in the priority order: its id, its name, and whether the workspace still has it (a listed journey that
 * was deleted keeps its place until someone removes it).
 */
public record PriorityEntry(String id, String name, boolean inWorkspace) {
    public PriorityEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** What the list shows. */
    @Override
    public String toString() {
        return name + " (" + id + ")" + (inWorkspace ? "" : " — not in the workspace");
    }
}
