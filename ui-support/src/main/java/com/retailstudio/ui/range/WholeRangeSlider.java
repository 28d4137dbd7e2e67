package com.retailstudio.ui.range;

import java.util.Objects;
import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.RangeSlider;

/**
 * A ControlsFX {@link RangeSlider} that moves in whole steps (arrow keys: one step on the focused thumb, Tab to the
 * other thumb), with each end's value written beside it. The owner hears of a range once it has settled: at once for
 * a key press, on release for a drag; a range shown from elsewhere ({@link #show}) is not reported back.
 */
public final class WholeRangeSlider extends HBox {

    /** What hears a settled range. */
    @FunctionalInterface
    public interface Settled {
        void accept(double low, double high);
    }

    private final RangeSlider slider;
    private final int minimumGap;
    private Settled settled = (low, high) -> { };
    private boolean showing;
    private double lastLow;
    private double lastHigh;

    /**
     * @param id         the slider's id; its end labels are {@code id-low} and {@code id-high}
     * @param min        the least value of the low end
     * @param max        the greatest value of the high end
     * @param majorStep  whole steps between major ticks (the keys move by one step whatever this is)
     * @param minimumGap the least distance between the ends, in steps (0: they may meet)
     * @param lowText    how the low end reads, e.g. "10 h"
     * @param highText   how the high end reads
     */
    public WholeRangeSlider(String id, int min, int max, int majorStep, int minimumGap, DoubleFunction<String> lowText,
                            DoubleFunction<String> highText) {
        super(6);
        if (max - min < Math.max(1, minimumGap) || majorStep < 1 || minimumGap < 0) {
            throw new IllegalArgumentException("A range of " + min + " to " + max + " cannot keep ends " + minimumGap
                    + " apart in steps of " + majorStep);
        }
        this.minimumGap = minimumGap;
        slider = new RangeSlider(min, max, min, max);
        slider.setId(id);
        slider.setMajorTickUnit(majorStep);
        slider.setMinorTickCount(majorStep - 1);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setMinWidth(80);
        HBox.setHgrow(slider, Priority.ALWAYS);
        lastLow = min;
        lastHigh = max;

        Label low = endLabel(id + "-low");
        low.textProperty().bind(Bindings.createStringBinding(() -> lowText.apply(slider.getLowValue()),
                slider.lowValueProperty()));
        Label high = endLabel(id + "-high");
        high.textProperty().bind(Bindings.createStringBinding(() -> highText.apply(slider.getHighValue()),
                slider.highValueProperty()));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(low, slider, high);
        getStylesheets().add(Objects.requireNonNull(WholeRangeSlider.class.getResource("whole-range-slider.css"))
                .toExternalForm());

        slider.lowValueProperty().addListener((o, before, now) -> settle(true));
        slider.highValueProperty().addListener((o, before, now) -> settle(false));
        slider.lowValueChangingProperty().addListener((o, was, now) -> settle(true));
        slider.highValueChangingProperty().addListener((o, was, now) -> settle(false));
    }

    private static Label endLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The ControlsFX slider itself, for its tooltip, ticks and accessible text. */
    public RangeSlider slider() {
        return slider;
    }

    /** Says what the slider is for, as its tooltip and to a screen reader. */
    public void setHelp(String text) {
        slider.setTooltip(new Tooltip(text));
        slider.setAccessibleText(text);
    }

    /** Who hears each settled range (one listener; the last set wins). */
    public void onSettled(Settled listener) {
        settled = Objects.requireNonNull(listener);
    }

    /** Puts the thumbs at {@code low} and {@code high} as they are (not rounded), without reporting it. */
    public void show(double low, double high) {
        move(low, high);
        lastLow = slider.getLowValue();
        lastHigh = slider.getHighValue();
    }

    private void move(double low, double high) {
        showing = true;
        try {
            // widest first, so that neither end is clamped by the other on the way
            slider.setLowValue(slider.getMin());
            slider.setHighValue(slider.getMax());
            slider.setHighValue(high);
            slider.setLowValue(low);
        } finally {
            showing = false;
        }
    }

    private void settle(boolean lowMoved) {
        if (showing || slider.isLowValueChanging() || slider.isHighValueChanging()) {
            return;
        }
        // only the end that moved is rounded: the other may hold an exact value shown from elsewhere (12.5 %)
        double low = lowMoved ? Math.round(slider.getLowValue()) : slider.getLowValue();
        double high = lowMoved ? slider.getHighValue() : Math.round(slider.getHighValue());
        if (high - low < minimumGap) {
            if (lowMoved) {
                high = Math.min(slider.getMax(), low + minimumGap);
                low = high - minimumGap;
            } else {
                low = Math.max(slider.getMin(), high - minimumGap);
                high = low + minimumGap;
            }
        }
        if (low != slider.getLowValue() || high != slider.getHighValue()) {
            move(low, high);
        }
        if (low != lastLow || high != lastHigh) {
            lastLow = low;
            lastHigh = high;
            settled.accept(low, high);
        }
    }
}
