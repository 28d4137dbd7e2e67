package com.retailstudio.layout.model;

/** A point on a store floor, metres from the top-left corner. */
public record FloorPoint(double xM, double yM) {

    public double distanceTo(FloorPoint other) {
        return Math.hypot(other.xM - xM, other.yM - yM);
    }
}
