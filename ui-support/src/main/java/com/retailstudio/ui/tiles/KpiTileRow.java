package com.retailstudio.ui.tiles;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A section's figure tiles side by side, sharing the width equally; where they would be narrower than the widest
 * tile's least width they wrap into rows, so no figure is cut to "…" in a narrow window.
 */
public final class KpiTileRow extends Pane {

    private final double gap;

    public KpiTileRow(double gap) {
        this.gap = gap;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + leastTileWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> tiles = getManagedChildren();
        double sum = tiles.stream().mapToDouble(t -> t.prefWidth(-1)).sum();
        return snappedLeftInset() + snappedRightInset() + sum + gap * Math.max(0, tiles.size() - 1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        List<Node> tiles = getManagedChildren();
        double inner = width < 0 ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
                : width - snappedLeftInset() - snappedRightInset();
        int columns = columns(inner, tiles.size());
        double tileWidth = tileWidth(inner, columns);
        double height = 0;
        for (int row = 0; row * columns < tiles.size(); row++) {
            height += rowHeight(tiles, row, columns, tileWidth) + (row > 0 ? gap : 0);
        }
        return snappedTopInset() + snappedBottomInset() + height;
    }

    @Override
    protected void layoutChildren() {
        List<Node> tiles = getManagedChildren();
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        int columns = columns(inner, tiles.size());
        double tileWidth = tileWidth(inner, columns);
        double y = snappedTopInset();
        for (int row = 0; row * columns < tiles.size(); row++) {
            double height = rowHeight(tiles, row, columns, tileWidth);
            for (int i = row * columns; i < Math.min(tiles.size(), (row + 1) * columns); i++) {
                double x = snappedLeftInset() + (i - row * columns) * (tileWidth + gap);
                tiles.get(i).resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(tileWidth),
                        snapSizeY(height));
            }
            y += height + gap;
        }
    }

    private double leastTileWidth() {
        return getManagedChildren().stream().mapToDouble(t -> t.minWidth(-1)).max().orElse(0);
    }

    /** As many columns as fit at the widest tile's least width, at most one per tile. */
    private int columns(double width, int tiles) {
        double least = Math.max(1, leastTileWidth());
        int fit = (int) Math.floor((width + gap) / (least + gap));
        return Math.max(1, Math.min(Math.max(1, tiles), fit));
    }

    private double tileWidth(double width, int columns) {
        return Math.max(0, (width - gap * (columns - 1)) / columns);
    }

    private double rowHeight(List<Node> tiles, int row, int columns, double tileWidth) {
        double height = 0;
        for (int i = row * columns; i < Math.min(tiles.size(), (row + 1) * columns); i++) {
            height = Math.max(height, tiles.get(i).prefHeight(tileWidth));
        }
        return height;
    }
}
