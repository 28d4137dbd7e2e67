package com.retailstudio.ui.section;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A section's or a pane's title with a one-paragraph hint under it that says what the part is for. */
public final class SectionHeader extends VBox {

    private final Label title = new Label();
    private final Label hint = new Label();

    public SectionHeader(String title, String hint) {
        super(4);
        SectionKit.style(this, "section-header-block");
        this.title.setText(title);
        this.title.getStyleClass().addAll("title-3", "section-title");
        this.hint.setText(hint);
        this.hint.getStyleClass().add("section-hint");
        this.hint.setWrapText(true);
        // the hint is read whole: in a narrow window it wraps onto more lines instead of ending in "…"
        this.hint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().setAll(this.title, this.hint);
    }

    public Label title() {
        return title;
    }

    public Label hint() {
        return hint;
    }
}
