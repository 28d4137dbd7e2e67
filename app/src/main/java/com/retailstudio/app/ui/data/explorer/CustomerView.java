package com.retailstudio.app.ui.data.explorer;

import atlantafx.base.theme.Styles;
import com.retailstudio.app.explore.CustomerRecord;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tech.tablesaw.api.Table;

/** One customer across the files: profile, consents, events on a timeline and in a table, basket lines. */
final class CustomerView extends BorderPane {

    private final ChartPalette.Probe palette;
    private final FlowPane profile = new FlowPane(18, 6);
    private final TableView<Integer> consents = table("explorer-customer-consents", "No consents");
    private final TableView<Integer> events = table("explorer-customer-events", "No events");
    private final TableView<Integer> baskets = table("explorer-customer-baskets", "No basket lines");
    private final ChartView timeline = new ChartView(ExplorerCharts.empty());

    CustomerView(CustomerViewModel model, ChartPalette.Probe palette) {
        this.palette = palette;
        TextField id = new TextField();
        id.setId("explorer-customer-id");
        id.setPromptText("Customer id, e.g. C00000001");
        id.textProperty().bindBidirectional(model.customerIdProperty());
        id.setOnAction(event -> model.lookUp());
        Button lookUp = new Button("Look up");
        lookUp.setId("explorer-customer-look-up");
        lookUp.getStyleClass().add(Styles.ACCENT);
        lookUp.setOnAction(event -> model.lookUp());
        setTop(FileChoice.bar(new Label("Customer"), id, lookUp,
                FileChoice.status("explorer-customer-status", model.messageProperty())));

        timeline.setId("explorer-customer-timeline");
        timeline.setPrefHeight(220);
        timeline.setMinHeight(180);
        profile.setId("explorer-customer-profile");
        HBox sideBySide = new HBox(12, titled("Consents", consents), titled("Basket lines", baskets));
        sideBySide.getChildren().forEach(child -> HBox.setHgrow(child, Priority.ALWAYS));
        VBox content = new VBox(12, profile, timeline, sideBySide, titled("Events", events));
        content.setPadding(new Insets(0, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.foundProperty().addListener((observable, before, found) -> show(found));
    }

    private void show(CustomerRecord found) {
        profile.getChildren().clear();
        if (found == null) {
            return;
        }
        Table row = found.profile();
        if (row.rowCount() > 0) {
            for (String column : row.columnNames()) {
                Label field = new Label(column + ": " + row.getString(0, column));
                field.getStyleClass().add(column.equals("customer_id") ? Styles.TEXT_BOLD : Styles.TEXT);
                profile.getChildren().add(field);
            }
        }
        TableColumns.show(consents, found.consents());
        TableColumns.show(events, found.events());
        TableColumns.show(baskets, found.baskets());
        timeline.setChart(ExplorerCharts.timeline(found.events(), palette.palette()));
    }

    private static TableView<Integer> table(String id, String empty) {
        TableView<Integer> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(empty));
        table.setPrefHeight(220);
        return table;
    }

    private static VBox titled(String title, TableView<Integer> table) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(4, label, table);
    }
}
