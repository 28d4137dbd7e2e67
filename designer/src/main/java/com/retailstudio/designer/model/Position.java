package com.retailstudio.designer.model;

/** Where a node sits on the canvas, in canvas units (its top-left corner); both coordinates are finite. */
public record Position(double x, double y) {
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a canvas position needs finite coordinates");
        }
    }
}
