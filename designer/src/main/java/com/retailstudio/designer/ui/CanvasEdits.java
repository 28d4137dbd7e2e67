package com.retailstudio.designer.ui;

import java.util.Collection;

/**
 * What the user does on an editable {@link JourneyCanvasView}, handed to whoever edits the journey. A canvas without
 * one is read-only.
 */
public interface CanvasEdits {

    /** Selects the step; with {@code extend} (Shift) adds it to or removes it from the selection. */
    void select(String nodeId, boolean extend);

    /** Selects the steps inside a rubber band; with {@code extend} adds them to the selection. */
    void selectAll(Collection<String> nodeIds, boolean extend);

    /** A click on empty canvas. */
    void clearSelection();

    /** The steps were dragged by (dx, dy) canvas units. */
    void moveBy(Collection<String> nodeIds, double dx, double dy);

    /** A port was dragged onto a step. */
    void connect(String from, String port, String to);

    /** A connected port was dragged onto empty canvas: its connection is removed. */
    void disconnect(String from, String port);
}
