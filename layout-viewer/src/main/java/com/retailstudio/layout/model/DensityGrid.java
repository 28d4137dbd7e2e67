package com.retailstudio.layout.model;

/**
 * A kernel density surface of foot traffic over a store floor: {@code values[row × columns + column]} is the density
 * (readings per square metre) at the centre of that cell; cells are square, {@code cellM} metres, from the
 * store's top-left corner.
 *
 * @param cellM      cell size in metres
 * @param columns    cells across (x)
 * @param rows       cells down (y)
 * @param values     density per cell, row-major
 * @param bandwidthX kernel standard deviation along x, metres
 * @param bandwidthY kernel standard deviation along y, metres
 * @param readings   readings that went into the surface
 */
public record DensityGrid(double cellM, int columns, int rows, float[] values, double bandwidthX, double bandwidthY,
                          long readings) {

    public float at(int column, int row) {
        return values[row * columns + column];
    }

    /** The density at a floor point (nearest cell), 0 outside the grid. */
    public float atPoint(double x, double y) {
        int c = (int) (x / cellM);
        int r = (int) (y / cellM);
        return c < 0 || r < 0 || c >= columns || r >= rows ? 0 : values[r * columns + c];
    }

    public float max() {
        float m = 0;
        for (float v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
