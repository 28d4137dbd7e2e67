package com.retailstudio.app.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The area the selected section is drawn in: the section fills it, and where the window is smaller than the section's
 * minimum the section keeps that minimum and scroll bars reach the rest, so the status bar and every control stay in
 * reach at any window size.
 *
 * <p>Not a {@link javafx.scene.control.ScrollPane}: a scroll pane takes the focus when clicked anywhere inside and
 * answers the arrow, page and +/- keys itself, which took the journey canvas's shortcuts away from it. This area takes
 * no focus and no keys; only a wheel turn no section used scrolls it.
 */
final class SectionViewport extends Region {

    /** Holds the section where {@link #layoutChildren()} puts it; a plain pane would size it to its preference. */
    private final Pane port = new Pane() {
        @Override
        protected void layoutChildren() {
            // The viewport lays the section out.
        }
    };
    private final Rectangle clip = new Rectangle();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private Node content;

    SectionViewport() {
        getStyleClass().add("section-viewport");
        port.setClip(clip);
        port.getStyleClass().add("section-port");
        vertical.setOrientation(Orientation.VERTICAL);
        for (ScrollBar bar : new ScrollBar[] {horizontal, vertical}) {
            bar.setFocusTraversable(false);
            bar.setMin(0);
            bar.setVisible(false);
            bar.valueProperty().addListener((observable, before, now) -> requestLayout());
        }
        vertical.getStyleClass().add("section-scroll-vertical");
        horizontal.getStyleClass().add("section-scroll-horizontal");
        getChildren().addAll(port, horizontal, vertical);
        // Only what no section consumed (a canvas pans or zooms, a list scrolls) moves the page.
        addEventHandler(ScrollEvent.SCROLL, event -> {
            ScrollBar bar = vertical.isVisible() && event.getDeltaY() != 0 ? vertical
                    : horizontal.isVisible() ? horizontal : null;
            if (bar != null) {
                double delta = bar == vertical ? event.getDeltaY()
                        : event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
                bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), bar.getValue() - delta)));
                event.consume();
            }
        });
    }

    /** Shows {@code section} at the top left of the area. */
    void setContent(Node section) {
        content = section;
        port.getChildren().setAll(section);
        horizontal.setValue(0);
        vertical.setValue(0);
        requestLayout();
    }

    ScrollBar horizontalBar() {
        return horizontal;
    }

    ScrollBar verticalBar() {
        return vertical;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content == null ? 0 : content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content == null ? 0 : content.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (content == null) {
            port.resizeRelocate(0, 0, width, height);
            clip.setWidth(width);
            clip.setHeight(height);
            return;
        }
        double minWidth = content.minWidth(-1);
        double barHeight = horizontal.prefHeight(-1);
        double barWidth = vertical.prefWidth(-1);
        boolean wide = minWidth > width;
        double viewWidth = width;
        double contentWidth = Math.max(width, minWidth);
        boolean tall = content.minHeight(contentWidth) > height - (wide ? barHeight : 0);
        if (tall && !wide) {
            // The vertical bar takes its width from the section, which may now need the horizontal one.
            wide = minWidth > width - barWidth;
        }
        viewWidth = width - (tall ? barWidth : 0);
        double viewHeight = height - (wide ? barHeight : 0);
        contentWidth = Math.max(viewWidth, minWidth);
        double contentHeight = Math.max(viewHeight, content.minHeight(contentWidth));

        configure(horizontal, wide, contentWidth - viewWidth, viewWidth, contentWidth);
        configure(vertical, tall, contentHeight - viewHeight, viewHeight, contentHeight);
        port.resizeRelocate(0, 0, viewWidth, viewHeight);
        clip.setWidth(viewWidth);
        clip.setHeight(viewHeight);
        content.resizeRelocate(-horizontal.getValue(), -vertical.getValue(), contentWidth, contentHeight);
        horizontal.resizeRelocate(0, viewHeight, viewWidth, barHeight);
        vertical.resizeRelocate(viewWidth, 0, barWidth, viewHeight);
    }

    private static void configure(ScrollBar bar, boolean shown, double range, double visible, double total) {
        bar.setVisible(shown);
        bar.setMax(shown ? range : 0);
        bar.setVisibleAmount(shown ? range * visible / total : 0);
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(visible * 0.9);
        if (bar.getValue() > bar.getMax()) {
            bar.setValue(bar.getMax());
        }
    }
}
