package com.retailstudio.ui.tiles;

import com.retailstudio.ui.section.SectionKit;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * One headline figure of a section: a caption, the figure and an optional note under it; the tone colours the
 * figure. Tiles sit side by side in a {@link KpiTileRow} (or any box); the figure is never cut short, the caption and
 * note wrap in a narrow window.
 */
public final class KpiTile extends VBox {

    /** How the figure reads: plain, good, worth a look or bad. */
    public enum Tone {
        NEUTRAL(null), POSITIVE("success"), WARNING("warning"), NEGATIVE("danger");

        private final String styleClass;

        Tone(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    private final Label caption = new Label();
    private final Label value = new Label();
    private final Label note = new Label();

    public KpiTile(String caption, String value) {
        this(caption, value, "", Tone.NEUTRAL);
    }

    public KpiTile(String caption, String value, String note, Tone tone) {
        super(2);
        SectionKit.style(this, "kpi-tile");
        this.caption.setText(caption);
        this.caption.getStyleClass().add("kpi-caption");
        // a long caption wraps onto more lines; its longest word is never cut (see computeMinWidth)
        this.caption.setWrapText(true);
        this.caption.setMinHeight(Region.USE_PREF_SIZE);
        this.value.setText(value);
        this.value.getStyleClass().add("kpi-value");
        // a figure is read whole ("171", never "1…") or not at all
        this.value.setMinWidth(Region.USE_PREF_SIZE);
        if (tone.styleClass != null) {
            this.value.getStyleClass().add(tone.styleClass);
        }
        this.note.setText(note);
        this.note.getStyleClass().add("kpi-note");
        this.note.setWrapText(true);
        this.note.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().setAll(this.caption, this.value);
        if (!note.isEmpty()) {
            getChildren().add(this.note);
        }
        setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(this, Priority.ALWAYS);
        setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(super.computeMinWidth(height), snappedLeftInset() + snappedRightInset() + longestWord(caption));
    }

    /** The width of the widest word of a label's text, so a wrapping label never cuts a word to "…". */
    private static double longestWord(Label label) {
        Text measure = new Text();
        measure.setFont(label.getFont());
        double widest = 0;
        for (String word : label.getText().split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + label.snappedLeftInset() + label.snappedRightInset() + 1;
    }

    /** Gives the figure's label an id, for tests and screen readers that look it up. */
    public KpiTile withValueId(String id) {
        value.setId(id);
        return this;
    }

    public Label value() {
        return value;
    }
}
