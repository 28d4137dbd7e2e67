package com.retailstudio.designer.ui;

import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Severity;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The journey's checks: each lint finding in plain words, or a confirmation that every check passes. */
final class LintPanel extends VBox {

    LintPanel(JourneyEditorModel model) {
        getStyleClass().add("lint-panel");
        Label title = new Label("Checks");
        title.getStyleClass().add("lint-panel-title");
        FontIcon status = new FontIcon();
        Label summary = new Label();
        summary.getStyleClass().add("lint-panel-summary");
        HBox header = new HBox(8, status, summary);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<Finding> list = new ListView<>(model.findings());
        list.getStyleClass().add("lint-list");
        list.setCellFactory(view -> new FindingCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, finding) -> {
            if (finding != null) {
                finding.nodeId().ifPresent(model.selectedNodeProperty()::set);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        FontIcon passedIcon = new FontIcon(Material2OutlinedAL.CHECK_CIRCLE_OUTLINE);
        passedIcon.getStyleClass().add("lint-passed-icon");
        Label passed = new Label("Every path ends, every message has its consent, caps and quiet hours, no price is "
                + "personalised, splits add up and every condition can be met.");
        passed.setWrapText(true);
        passed.setMinHeight(Region.USE_PREF_SIZE);
        passed.getStyleClass().add("lint-passed-text");
        VBox allClear = new VBox(10, passedIcon, passed);
        allClear.setAlignment(Pos.TOP_CENTER);
        allClear.getStyleClass().add("lint-all-clear");
        StackPane body = new StackPane(list, allClear);
        VBox.setVgrow(body, Priority.ALWAYS);

        Runnable refresh = () -> {
            boolean ok = model.findings().isEmpty();
            boolean errors = model.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
            summary.setText(model.findingsSummary());
            status.setIconCode(ok ? Material2OutlinedAL.CHECK_CIRCLE : errors ? Material2OutlinedAL.ERROR
                    : Material2OutlinedMZ.WARNING);
            status.getStyleClass().setAll("ikonli-font-icon", ok ? "lint-ok" : errors ? "lint-error" : "lint-warning");
            list.setVisible(!ok);
            allClear.setVisible(ok);
        };
        model.findings().addListener((ListChangeListener<Finding>) change -> refresh.run());
        refresh.run();
        getChildren().addAll(title, header, body);
        setSpacing(8);
    }

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boolean error = finding.severity() == Severity.ERROR;
            FontIcon icon = new FontIcon(error ? Material2OutlinedAL.ERROR_OUTLINE : Material2OutlinedMZ.WARNING);
            icon.getStyleClass().add(error ? "lint-error" : "lint-warning");
            Label message = new Label(finding.message());
            message.setWrapText(true);
            message.setPrefWidth(184);
            message.setMaxWidth(184);
            message.setMinHeight(Region.USE_PREF_SIZE);
            Label where = new Label(finding.code() + finding.nodeId().map(id -> " · " + id).orElse(""));
            where.getStyleClass().add("lint-finding-code");
            VBox text = new VBox(2, message, where);
            HBox row = new HBox(8, icon, text);
            row.setAlignment(Pos.TOP_LEFT);
            setGraphic(row);
            setText(null);
        }
    }

}
