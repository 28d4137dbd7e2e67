package com.retailstudio.designer.ui;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Journeys editor's toolbar: undo and redo, copy, paste and delete, tidy; the versions' commands on the right,
 * and, while a change could not be saved, the offers to reload the stored draft or keep this one as a copy.
 */
final class JourneyToolbar extends HBox {

    JourneyToolbar(JourneysViewModel model, Runnable tidyAndFit) {
        Button undo = tool("journey-undo", Material2OutlinedMZ.UNDO, "Undo (Ctrl+Z)", model.editor()::undo);
        undo.disableProperty().bind(model.editor().canUndoProperty().not());
        Button redo = tool("journey-redo", Material2OutlinedMZ.REDO, "Redo (Ctrl+Shift+Z or Ctrl+Y)", model.editor()::redo);
        redo.disableProperty().bind(model.editor().canRedoProperty().not());
        Button copy = tool("journey-copy", Material2OutlinedAL.CONTENT_COPY, "Copy the selected steps (Ctrl+C)",
                model.editor()::copySelection);
        copy.disableProperty().bind(model.editor().hasSelectionProperty().not());
        Button paste = tool("journey-paste", Material2OutlinedAL.CONTENT_PASTE, "Paste (Ctrl+V)", model.editor()::paste);
        paste.disableProperty().bind(model.editor().canPasteProperty().not());
        Button delete = tool("journey-delete", Material2OutlinedAL.DELETE_OUTLINE,
                "Delete the selected steps and their connections (Delete)", model.editor()::deleteSelection);
        delete.disableProperty().bind(model.editor().hasSelectionProperty().not());
        Button tidy = tool("journey-tidy", Material2OutlinedAL.ACCOUNT_TREE,
                "Tidy: lay the journey out top to bottom (Ctrl+L)", tidyAndFit);
        tidy.setText("Tidy");
        tidy.getStyleClass().remove("button-icon");

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button saveVersion = new Button("Save version", new FontIcon(Material2OutlinedMZ.SAVE));
        saveVersion.setId("journey-save-version");
        saveVersion.getStyleClass().add("small");
        saveVersion.setTooltip(new Tooltip("Freeze this journey as its next version. Your edits are saved as you "
                + "make them either way."));
        saveVersion.setOnAction(e -> model.versions().saveVersion());
        Button submit = new Button("Submit for review", new FontIcon(Material2OutlinedMZ.SEND));
        submit.setId("journey-submit");
        submit.getStyleClass().addAll("small", "accent");
        submit.setTooltip(new Tooltip("Freeze a version and ask a reviewer to approve it; a journey with errors "
                + "cannot be submitted"));
        submit.setOnAction(e -> model.versions().submitForReview());
        // When a change could not be saved (someone else saved the draft meanwhile): take theirs, or keep this one
        // as a copy.
        Button reload = new Button("Reload");
        reload.setId("journey-reload");
        reload.getStyleClass().add("small");
        reload.setTooltip(new Tooltip("Open the stored draft again, dropping the changes that were not saved"));
        reload.setOnAction(e -> model.library().reload());
        Button saveCopy = new Button("Save as a copy");
        saveCopy.setId("journey-save-copy");
        saveCopy.getStyleClass().add("small");
        saveCopy.setTooltip(new Tooltip("Keep this journey, with the changes that were not saved, as a new draft"));
        saveCopy.setOnAction(e -> model.library().duplicate());
        for (Button offer : List.of(reload, saveCopy)) {
            offer.visibleProperty().bind(model.editor().unsavedProperty());
            offer.managedProperty().bind(model.editor().unsavedProperty());
            offer.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The commands keep their width in a narrow window.
        tidy.setMinWidth(Region.USE_PREF_SIZE);
        saveVersion.setMinWidth(Region.USE_PREF_SIZE);
        submit.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(undo, redo, separator(), copy, paste, delete, separator(), tidy, gap, reload, saveCopy,
                saveVersion, submit);
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("journey-toolbar");
    }

    private static Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("journey-toolbar-separator");
        return separator;
    }

    private static Button tool(String id, Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
