package com.retailstudio.layout.model;

import java.util.List;

/**
 * Shoppers walking from one zone straight on to another (no other zone in between), routed through the aisles.
 *
 * @param fromZoneId the zone they left
 * @param toZoneId   the next zone they entered
 * @param visitors   filtered visits that made this move at least once
 * @param route      the shortest walkable route between the two zones' centres (corners only), around fixtures
 * @param lengthM    the route's length in metres
 */
public record WalkingFlow(String fromZoneId, String toZoneId, int visitors, List<FloorPoint> route, double lengthM) {

    public WalkingFlow {
        route = List.copyOf(route);
    }
}
