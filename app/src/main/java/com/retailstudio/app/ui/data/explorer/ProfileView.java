package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.ColumnProfile;
import com.retailstudio.app.explore.ValueCount;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * Every column of a file with its figures, a column missing values marked so it is seen, and the chosen column's
 * histogram or most frequent values as a chart.
 */
final class ProfileView extends BorderPane {

    /** A column missing more than this share of its values is marked. */
    private static final double MARKED_MISSING_SHARE = 0.05;

    ProfileView(ProfileViewModel model, ChartPalette.Probe palette) {
        TableView<ColumnProfile> columns = new TableView<>();
        columns.setId("explorer-profile-table");
        columns.setPlaceholder(new Label("Choose a file to profile."));
        columns.getColumns().add(text("Column", ColumnProfile::column));
        columns.getColumns().add(text("Type", ColumnProfile::type));
        columns.getColumns().add(text("Count", column -> String.format("%,d", column.count())));
        columns.getColumns().add(missing());
        columns.getColumns().add(text("Distinct", column -> String.format("%,d", column.distinct())));
        columns.getColumns().add(text("Min", column -> column.min().orElse("")));
        columns.getColumns().add(text("Max", column -> column.max().orElse("")));
        columns.getColumns().add(text("Mean", column -> column.mean().isPresent() && !Double.isNaN(
                column.mean().getAsDouble()) ? String.format(Locale.ROOT, "%.4g", column.mean().getAsDouble()) : ""));
        columns.getColumns().add(text("Quartiles", column -> column.quartiles().stream()
                .map(value -> String.format(Locale.ROOT, "%.4g", value)).collect(Collectors.joining(" · "))));
        columns.getColumns().add(text("Top values", column -> column.numeric() ? ""
                : column.distinct() == column.count() && column.count() > 1 ? "every value once"
                : column.bars().stream().limit(3).map(ValueCount::label).collect(Collectors.joining(", "))));
        model.profileProperty().addListener((observable, before, profile) ->
                columns.getItems().setAll(profile == null ? List.of() : profile.columns()));
        columns.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                model.columnProperty().set(chosen);
            }
        });

        ChartView chart = new ChartView(ExplorerCharts.empty());
        chart.setId("explorer-profile-chart");
        model.columnProperty().addListener((observable, before, column) -> chart.setChart(column == null
                ? ExplorerCharts.empty() : ExplorerCharts.bars(column, palette.palette())));

        SplitPane split = new SplitPane(columns, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(FileChoice.bar(new Label("File"), FileChoice.combo("explorer-profile-file", model.fileProperty()),
                FileChoice.status("explorer-profile-status", model.messageProperty())));
        setCenter(split);
    }

    private static TableColumn<ColumnProfile, String> text(String title, Function<ColumnProfile, String> value) {
        TableColumn<ColumnProfile, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(switch (title) {
            case "Top values" -> 240;
            case "Missing" -> 140;
            default -> 110;
        });
        return column;
    }

    private static TableColumn<ColumnProfile, String> missing() {
        TableColumn<ColumnProfile, String> column = text("Missing", profile -> profile.missing() == 0 ? "0"
                : String.format(Locale.ROOT, "%,d (%.1f%%)", profile.missing(), 100 * profile.missingShare()));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                ColumnProfile profile = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean marked = profile != null && profile.missingShare() > MARKED_MISSING_SHARE;
                // the theme's danger colour, light or dark
                setStyle(marked ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : "");
            }
        });
        return column;
    }
}
