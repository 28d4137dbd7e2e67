package com.retailstudio.designer.model;

/** Where a node sits on the canvas, in canvas units (its top-left corner). */
public record Position(double x, double y) {
}
