package com.retailstudio.layout.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The colours the floor plan and its walking paths are drawn with. A canvas knows nothing of CSS, so they are named
 * in {@code layouts.css} (where the floor follows the light or dark theme) and read through a hidden {@link Probe}.
 *
 * @param zonesFloor        the floor between zones in Zones mode
 * @param pathsFloor        the floor between zones in Paths mode
 * @param pathsZone         a zone's fill in Paths mode
 * @param zoneWithoutFigure a zone the chosen metric does not apply to, in Zones mode
 * @param wall              the store's outline over the floor
 * @param heatmapWall       the store's outline over the heatmap
 * @param fixture           a fixture's fill
 * @param fixtureHatch      a fixture's hatching
 * @param accent            the move of a recommendation or what-if: outlines, arrow and the dragged label
 * @param zoneOutline       a zone's dashed outline
 * @param hoverOutline      the hovered zone's outline
 * @param label             a zone label's plate
 * @param labelText         a zone label's text
 * @param scalePlate        the scale bar's plate
 * @param scaleInk          the scale bar and its text
 * @param flow              a walking flow's band, arrowhead and count
 * @param flowHalo          the halo that keeps a band apart from what it crosses
 * @param flowEdge          the edge of an arrowhead and the plate under a flow's visitor count
 */
record FloorPalette(Color zonesFloor, Color pathsFloor, Color pathsZone, Color zoneWithoutFigure, Color wall,
                    Color heatmapWall, Color fixture, Color fixtureHatch, Color accent, Color zoneOutline,
                    Color hoverOutline, Color label, Color labelText, Color scalePlate, Color scaleInk, Color flow,
                    Color flowHalo, Color flowEdge) {

    /** The CSS properties of the probe, in the order of the palette's fields. */
    private static final List<String> PROPERTIES = List.of("-floor-zones-floor", "-floor-paths-floor",
            "-floor-paths-zone", "-floor-zone-without-figure", "-floor-wall", "-floor-heatmap-wall",
            "-floor-fixture", "-floor-fixture-hatch", "-floor-accent", "-floor-zone-outline", "-floor-hover-outline",
            "-floor-label", "-floor-label-text", "-floor-scale-plate", "-floor-scale-ink", "-floor-flow",
            "-floor-flow-halo", "-floor-flow-edge");

    private static FloorPalette of(List<Color> colours) {
        return new FloorPalette(colours.get(0), colours.get(1), colours.get(2), colours.get(3), colours.get(4),
                colours.get(5), colours.get(6), colours.get(7), colours.get(8), colours.get(9), colours.get(10),
                colours.get(11), colours.get(12), colours.get(13), colours.get(14), colours.get(15),
                colours.get(16), colours.get(17));
    }

    /**
     * A hidden node (style class {@code floor-palette}) whose CSS properties are the palette's colours; add it under
     * a node that has {@code layouts.css} and read {@link #palette()} after CSS has been applied.
     */
    static final class Probe extends Region {

        private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
            for (int i = 0; i < PROPERTIES.size(); i++) {
                int index = i;
                all.add(new CssMetaData<Probe, Paint>(PROPERTIES.get(i), StyleConverter.getPaintConverter(),
                        Color.TRANSPARENT) {
                    @Override
                    public boolean isSettable(Probe probe) {
                        return !probe.colours.get(index).isBound();
                    }

                    @Override
                    public StyleableProperty<Paint> getStyleableProperty(Probe probe) {
                        return probe.colours.get(index);
                    }
                });
            }
            CSS_META_DATA = List.copyOf(all);
        }

        private final List<StyleableObjectProperty<Paint>> colours = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Probe() {
            int first = CSS_META_DATA.size() - PROPERTIES.size();
            for (int i = 0; i < PROPERTIES.size(); i++) {
                CssMetaData<Probe, Paint> meta = (CssMetaData<Probe, Paint>) CSS_META_DATA.get(first + i);
                colours.add(new SimpleStyleableObjectProperty<>(meta, this, PROPERTIES.get(i), Color.TRANSPARENT));
            }
            getStyleClass().add("floor-palette");
            setManaged(false);
            setVisible(false);
            setMouseTransparent(true);
        }

        @Override
        public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
            return CSS_META_DATA;
        }

        /** Runs {@code action} whenever a colour changes, as when CSS is first applied or the theme changes. */
        void onChange(Runnable action) {
            colours.forEach(c -> c.addListener((o, before, now) -> action.run()));
        }

        /** The colours as CSS set them; transparent where none is set yet. */
        FloorPalette palette() {
            return of(colours.stream().map(c -> c.get() instanceof Color colour ? colour : Color.TRANSPARENT)
                    .toList());
        }
    }
}
