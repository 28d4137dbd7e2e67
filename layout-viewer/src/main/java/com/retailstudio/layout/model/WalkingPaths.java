package com.retailstudio.layout.model;

import java.util.List;

/**
 * The most common moves between zones over the filtered visits, most visitors first.
 *
 * @param flows      the kept moves, most visitors first
 * @param moves      how many different zone-to-zone moves the visits made (kept or not)
 * @param visits     filtered visits looked at
 */
public record WalkingPaths(List<WalkingFlow> flows, int moves, int visits) {

    public static final WalkingPaths NONE = new WalkingPaths(List.of(), 0, 0);

    public WalkingPaths {
        flows = List.copyOf(flows);
    }

    /** Visitors of the busiest move, 0 when there is none. */
    public int maxVisitors() {
        return flows.isEmpty() ? 0 : flows.get(0).visitors();
    }
}
