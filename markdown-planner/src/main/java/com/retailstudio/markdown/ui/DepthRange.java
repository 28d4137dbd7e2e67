package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.RulesForm;
import com.retailstudio.ui.range.WholeRangeSlider;
import java.util.OptionalDouble;
import javafx.geometry.Insets;
import javafx.scene.control.TextField;

/**
 * The rules editor's depth range as one slider: its low end is "first markdown at least", its high end "maximum
 * depth", in whole percent from 0 to 99 (the depths the rules accept). It and the two fields follow each other: the
 * fields keep exact values (12.5 %) and blanks, the slider moves by whole percent and writes only the end it moved.
 */
final class DepthRange {

    /** The deepest discount the rules accept, in percent. */
    static final int DEEPEST = 99;

    private DepthRange() {
    }

    /** A slider kept in step with the two fields, which stay the editor's form. */
    static WholeRangeSlider linkedTo(TextField firstMarkdownMinDepth, TextField maxDepth) {
        WholeRangeSlider slider = new WholeRangeSlider("rule-depth-range", 0, DEEPEST, 10, 0,
                low -> "first ≥ " + RulesForm.percent(low / 100) + " %",
                high -> "max " + RulesForm.percent(high / 100) + " %");
        slider.setHelp("Drag or use the arrow keys: the low end is the first markdown's least depth, the high end "
                + "the maximum depth, in whole percent; type in the fields above for a depth between.");
        slider.slider().setPrefWidth(160);
        slider.setPadding(new Insets(4, 0, 6, 0));
        Runnable follow = () -> slider.show(
                percent(firstMarkdownMinDepth.getText(), 0).orElse(slider.slider().getLowValue()),
                percent(maxDepth.getText(), Double.NaN).orElse(slider.slider().getHighValue()));
        firstMarkdownMinDepth.textProperty().addListener((o, before, now) -> follow.run());
        maxDepth.textProperty().addListener((o, before, now) -> follow.run());
        follow.run();
        slider.onSettled((low, high) -> {
            write(firstMarkdownMinDepth, low, 0);
            write(maxDepth, high, Double.NaN);
        });
        return slider;
    }

    /** Writes {@code value} unless the field already says it ({@code blank}: what an empty field says). */
    private static void write(TextField field, double value, double blank) {
        OptionalDouble shown = percent(field.getText(), blank);
        if (shown.isEmpty() || shown.getAsDouble() != value) {
            field.setText(RulesForm.percent(value / 100));
        }
    }

    /**
     * A depth as typed, "40" or "12.5 %"; {@code blank} for an empty field (NaN: nothing); nothing when it is not a
     * depth the rules accept.
     */
    private static OptionalDouble percent(String text, double blank) {
        String t = text == null ? "" : text.replace("%", "").strip();
        if (t.isEmpty()) {
            return Double.isNaN(blank) ? OptionalDouble.empty() : OptionalDouble.of(blank);
        }
        try {
            double value = Double.parseDouble(t);
            return value >= 0 && value <= DEEPEST ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
