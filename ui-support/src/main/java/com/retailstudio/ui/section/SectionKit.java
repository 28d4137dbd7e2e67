package com.retailstudio.ui.section;

import java.util.Objects;
import javafx.scene.Parent;

/**
 * The section kit's stylesheet: every kit control adds it to itself, so a kit control looks the same in the
 * application, in a section shown alone and in a test. Its rules use only the theme's named colours.
 */
public final class SectionKit {

    private static final String STYLESHEET = Objects.requireNonNull(
            SectionKit.class.getResource("section-kit.css"), "section-kit.css").toExternalForm();

    private SectionKit() {
    }

    /** Gives {@code node} the kit's stylesheet and {@code styleClass}. */
    public static void style(Parent node, String styleClass) {
        if (!node.getStylesheets().contains(STYLESHEET)) {
            node.getStylesheets().add(STYLESHEET);
        }
        node.getStyleClass().add(styleClass);
    }
}
