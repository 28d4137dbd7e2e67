package com.retailstudio.app.ui.data.segments;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.ConditionDiff;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Segments tab's two views of the opened segment's versions: the list to open one from (double-click, Enter or
 * Open), and the comparison of two versions, one line per change.
 */
final class SegmentVersionsParts {

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private SegmentVersionsParts() {
    }

    /** "v3 · ana, 7 Dec 2026 18:40". */
    static String label(SegmentVersion version) {
        return "v" + version.number() + " · " + version.author() + ", " + SAVED_AT.format(version.savedAt());
    }

    /** The versions, newest first; the one being edited is marked with a pencil. */
    static VBox list(SegmentVersionsModel model, ReadOnlyObjectProperty<SegmentVersion> opened,
                     Consumer<SegmentVersion> open) {
        ListView<SegmentVersion> list = new ListView<>(model.versions());
        list.setId("segment-versions");
        list.setPrefHeight(150);
        list.setMinHeight(90);
        list.setPlaceholder(new Label("Saved versions show here."));
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0); // the cell takes the list's width, so a long line ends in "…", never scrolls sideways
            }

            @Override
            protected void updateItem(SegmentVersion item, boolean empty) {
                super.updateItem(item, empty);
                boolean open = !empty && item != null && item.equals(opened.get());
                setText(empty || item == null ? null : label(item));
                setGraphic(open ? new FontIcon(Material2OutlinedAL.EDIT) : null);
                setAccessibleText(open ? label(item) + ", open in the editor" : null);
            }
        });
        opened.addListener((observable, before, now) -> list.refresh());
        Button openButton = new Button("Open version", new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW));
        openButton.setId("segment-version-open");
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Runnable openChosen = () -> {
            SegmentVersion chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                open.accept(chosen);
            }
        };
        openButton.setOnAction(event -> openChosen.run());
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openChosen.run();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openChosen.run();
                event.consume();
            }
        });
        Label title = new Label("Versions");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(8, title, list, openButton);
        VBox.setVgrow(list, Priority.SOMETIMES);
        return box;
    }

    /** "Compare v2 → v3", then what changed, in the colours of added, removed and changed. */
    static VBox comparison(SegmentVersionsModel model) {
        ComboBox<SegmentVersion> from = versionChoice("segment-compare-from", model);
        from.valueProperty().bindBidirectional(model.fromProperty());
        ComboBox<SegmentVersion> to = versionChoice("segment-compare-to", model);
        to.valueProperty().bindBidirectional(model.toProperty());
        HBox pick = new HBox(8, new Label("From"), from, new Label("to"), to);
        pick.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("segment-compare-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        VBox lines = new VBox(4);
        lines.setId("segment-differences");
        Runnable draw = () -> lines.getChildren().setAll(model.differences().stream().map(line -> {
            Label label = new Label(line.toText());
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
            Styles.addStyleClass(label, style(line), Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            return label;
        }).toList());
        model.differences().addListener((ListChangeListener<ConditionDiff.Line>) change -> draw.run());
        draw.run();
        Label title = new Label("Compare versions");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(8, title, pick, summary, lines);
    }

    private static String style(ConditionDiff.Line line) {
        return switch (line.kind()) {
            case ADDED -> Styles.SUCCESS;
            case REMOVED -> Styles.DANGER;
            case CHANGED -> Styles.WARNING;
        };
    }

    private static ComboBox<SegmentVersion> versionChoice(String id, SegmentVersionsModel model) {
        ComboBox<SegmentVersion> box = new ComboBox<>(model.versions());
        box.setId(id);
        box.setPromptText("version");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(SegmentVersion version) {
                return version == null ? "" : "v" + version.number();
            }

            @Override
            public SegmentVersion fromString(String text) {
                return null;
            }
        });
        box.setPrefWidth(90);
        return box;
    }
}
